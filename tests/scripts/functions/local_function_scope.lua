-- local function sees itself; local x = function does not
local r = 1
local r = function() return r end
print(r())
local function fact(n) return n <= 1 and 1 or n * fact(n - 1) end
print(fact(20))
