-- LuaJIT converts integer arguments of library functions to 32 bits, so
-- 2^31 is a negative index for select and unpack.
print(pcall(select, 2^31, 1))
print(pcall(unpack, {}, 2^31, 2^31 + 1))
