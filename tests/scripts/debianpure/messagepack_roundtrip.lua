-- lua-MessagePack (Debian lua-messagepack, pure Lua): pack, unpack, byte layout
local mp = require "MessagePack"
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local packed = mp.pack({1, 2.5, "str", true, false, {7}, -200, 70000, 2 ^ 40, -2 ^ 40, 127, -32})
print(#packed, hex(packed))
local u = mp.unpack(packed)
for i = 1, 12 do io.write(tostring(type(u[i]) == "table" and u[i][1] or u[i]), " ") end
print()
print(hex(mp.pack({a = {1, 2}})), hex(mp.pack(string.rep("x", 40))), hex(mp.pack(0.1)))
mp.set_number("float")
print(hex(mp.pack(0.5)))
mp.set_number("double")
for _, v in mp.unpacker(mp.pack(1) .. mp.pack("two") .. mp.pack({3})) do io.write(type(v), " ") end
print()
print(pcall(mp.unpack, "\193"))
print(pcall(mp.unpack, mp.pack("abc"):sub(1, 2)))
