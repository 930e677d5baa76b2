-- ordinary (non-tail) recursion
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print(fib(20))
local function sum(n) if n == 0 then return 0 end return n + sum(n - 1) end
print(sum(1000))
