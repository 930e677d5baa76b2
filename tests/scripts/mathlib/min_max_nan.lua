-- with NaN the result depends on the argument order, as in LuaJIT
local nan = 0 / 0
local function s(x) return x ~= x and "nan" or tostring(x) end
print(s(math.max(nan, 1)), s(math.max(1, nan)), s(math.min(nan, 1)), s(math.min(1, nan)))
print(s(math.max(nan, 1, 2)), s(math.max(1, 2, nan)), s(math.min(1, nan, 0)))
local zero = 0
local nzero = -zero
print(1 / math.max(nzero, zero), 1 / math.min(zero, nzero))
