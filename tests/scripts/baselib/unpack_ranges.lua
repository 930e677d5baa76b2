-- unpack with explicit ranges, including empty and nil-filled ones
local t = {"a", "b", "c", "d"}
print(unpack(t, 2))
print(unpack(t, 2, 3))
print(unpack(t, 3, 2))
print(unpack(t, -1, 1))
print(unpack({}, 1, 2))
print(unpack(t, 4, 6))
print(select("#", unpack(t, 1, 0)))
