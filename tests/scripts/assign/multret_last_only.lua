-- only the last expression of a list is expanded to multiple values
local function three() return 1, 2, 3 end
local a, b, c, d = three(), three()
print(a, b, c, d)
local e, f, g = three(), 10
print(e, f, g)
local h, i = (three())
print(h, i)
