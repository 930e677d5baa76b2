local args = {}
for i = 0, 30 do args[#args + 1] = 2^i end
print(bit.bor(unpack(args)), bit.band(-1, unpack(args)), bit.bxor(unpack(args)))
