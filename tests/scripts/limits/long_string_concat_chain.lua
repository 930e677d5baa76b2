-- concatenating many values in one expression
local parts = {}
for i = 1, 150 do parts[i] = "'" .. i % 10 .. "'" end
local f = loadstring("return " .. table.concat(parts, " .. "))
local s = f()
print(#s, s:sub(1, 12))
