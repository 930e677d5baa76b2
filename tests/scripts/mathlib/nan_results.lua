local function s(x) return x ~= x and "nan" or tostring(x) end
print(s(math.sqrt(-1)), s(math.fmod(1, 0)), s(math.log(-1)), s(math.acos(2)))
print(math.sqrt(-1) ~= math.sqrt(-1))
print(math.floor(0 / 0) ~= math.floor(0 / 0), s(math.abs(0 / 0)))
