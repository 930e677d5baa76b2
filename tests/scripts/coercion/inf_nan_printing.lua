-- infinities and NaN as LuaJIT prints them
print(1/0, -1/0, math.huge, -math.huge)
print(0/0 ~= 0/0)
local nan = 0/0
print(nan == nan, nan ~= nan, nan < 1, nan > 1)
print(tostring(1/0) .. "|" .. tostring(-1/0))
print(math.huge .. "", -math.huge .. "")
