-- tonumber with explicit bases from 2 to 36
print(tonumber("101", 2), tonumber("777", 8), tonumber("ff", 16), tonumber("FF", 16))
print(tonumber("z", 36), tonumber("Z", 36), tonumber("10", 36), tonumber("zz", 36))
print(tonumber("12", 3), tonumber("19", 10), tonumber("1a", 11))
local out = {}
for b = 2, 36 do out[#out + 1] = tonumber("11", b) end
print(table.concat(out, " "))
