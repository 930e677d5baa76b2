-- -0: prints as -0, equals 0, is the same table key as 0
local z = -0
print(z, 1 / z, -0 == 0, 0 * -1)
print(tostring(-0.0), string.format("%g", -0.0))
print(math.floor(-0.5), math.ceil(-0.5))
local t = {}
t[-0] = "negz"
print(t[0], t[-0])
for k in pairs(t) do print("key", 1 / k) end
