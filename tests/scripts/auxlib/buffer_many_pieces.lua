local t = {}
for i = 1, 100000 do t[i] = i % 10 end
local s = table.concat(t)
print(#s, s:sub(1, 20), s:sub(-20))
local u = {}
for i = 1, 300 do u[i] = string.rep(string.char(65 + i % 26), i * 40) end
local v = table.concat(u, ",")
local sum = 0
for i = 1, #v, 131 do sum = (sum + v:byte(i) * i) % 1000000007 end
print(#v, sum)
