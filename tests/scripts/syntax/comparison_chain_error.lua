-- a < b < c compares a boolean with a number, which is an error
local ok, err = pcall(function() return 1 < 2 < 3 end)
print(ok, err)
print(1 == 1 == true, (1 < 2) == true)
