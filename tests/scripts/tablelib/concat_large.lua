-- a long result built from many pieces
local t = {}
for i = 1, 20000 do t[i] = string.rep(string.char(97 + i % 26), i % 50) end
local s = table.concat(t, "|")
local sum = 0
for i = 1, #s, 97 do sum = (sum * 7 + s:byte(i)) % 1000003 end
print(#s, sum)
local big = string.rep("x", 100000)
print(#table.concat({big, big, "y", big}, "--"))
