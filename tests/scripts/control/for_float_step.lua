-- numeric for with fractional steps
local out = {}
for x = 0, 1, 0.25 do out[#out + 1] = x end
print(table.concat(out, " "))
out = {}
for x = 1, 0, -0.5 do out[#out + 1] = x end
print(table.concat(out, " "))
local c = 0
for x = 0, 1, 0.1 do c = c + 1 end
print(c)
