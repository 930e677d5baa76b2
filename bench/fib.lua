-- fib: naive recursive Fibonacci. Measures Lua-to-Lua calls and returns, a
-- number compare and two additions per call.
-- size: default 37, check 18 (the argument n)
local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end

local n = tonumber(arg and arg[1]) or 37
print(string.format("fib(%d) = %d", n, fib(n)))
