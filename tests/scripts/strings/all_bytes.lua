-- every byte value round-trips through string.char and string.byte
local parts = {}
for i = 0, 255 do parts[#parts + 1] = string.char(i) end
local s = table.concat(parts)
local ok = #s == 256
for i = 0, 255 do if s:byte(i + 1) ~= i then ok = false end end
print(#s, ok)
print(s:byte(1), s:byte(128), s:byte(256))
