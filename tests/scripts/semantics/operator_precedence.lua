-- precedence and associativity of every operator level
print(2^-3^2, -2^-2, 2^3^2, (2^3)^2)
print(pcall(function() return 1 < 2 < 3 end))
print(1 == 1 == true, "a" .. "b" == "ab", 1 + 2 .. "", 2 .. 3 + 1)
print(not 1 == nil, not (1 == nil), #"ab" .. "c", -2 .. "")
print(1 or 2 and 3, nil and 2 or 3, false or false and 1)
local a = 5
print(-a ^ 2, (-a) ^ 2, - - a, not not a)
print(2 * 3 ^ 2, 10 - 2 - 3, 2 ^ 2 ^ 3, 100 / 10 / 2, 7 % 4 % 3)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 7 % 3 * 2, 2 * 7 % 3)
