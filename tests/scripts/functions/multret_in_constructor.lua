-- a call as the last list item in a table constructor expands
local function three() return 1, 2, 3 end
local t1 = {three()}
local t2 = {three(), three()}
local t3 = {three(), 10}
local t4 = {(three())}
local t5 = {three(), x = 1}
print(#t1, #t2, #t3, #t4, #t5)
print(t2[1], t2[2], t2[3], t2[4])
