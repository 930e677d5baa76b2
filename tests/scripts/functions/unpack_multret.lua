-- unpack results expand like calls
local t = {1, 2, 3}
print(unpack(t))
print(unpack(t), "x")
print(unpack({}))
print(select("#", unpack({}, 1, 3)))
