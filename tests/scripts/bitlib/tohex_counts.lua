-- n digits; negative n for upper case; fewer than 8 digits mask the value
print(bit.tohex(255, 2), bit.tohex(255, -2), bit.tohex(0x12345678, 4), bit.tohex(0x12345678, 1))
print(bit.tohex(255, 9), bit.tohex(255, -9), bit.tohex(255, 16))
print("[" .. bit.tohex(255, 0) .. "]", "[" .. bit.tohex(0, 0) .. "]", "[" .. bit.tohex(0, 1) .. "]")
print(#bit.tohex(1, 100), bit.tohex(1, 100):sub(-4))
print(bit.tohex(255, 255), bit.tohex(255, -255), bit.tohex(0, 255))
print("[" .. bit.tohex(255, 256) .. "]", bit.tohex(255, 257), #bit.tohex(3, 300))
print("[" .. bit.tohex(255, 2^31) .. "]", "[" .. bit.tohex(255, -2^31) .. "]", bit.tohex(255, 2^32 + 3))
print(bit.tohex(0xabcdef, "3"), bit.tohex(0xabcdef, 2.5), bit.tohex(0xabcdef, -6))
