-- the textual form of NaN values
local nan = 0/0
print(nan, -nan)
print(tostring(nan) == tostring(-nan), string.format("%s", math.huge - math.huge))
