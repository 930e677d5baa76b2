-- closures: creates closures that capture locals (shared and per-iteration
-- upvalues), calls them, composes them, reads and writes upvalues.
-- size: default 700000, check 100 (iterations)
local function counter()
  local c = 0
  return function(d) c = c + d; return c end, function() return c end
end

local function adder(n) return function(x) return x + n end end
local function compose(f, g) return function(x) return f(g(x)) end end

local function map(t, f)
  local r = {}
  for i = 1, #t do r[i] = f(t[i]) end
  return r
end

local n = tonumber(arg and arg[1]) or 700000
local data = { 1, 2, 3, 4, 5, 6, 7, 8 }
local total = 0
for i = 1, n do
  local inc, get = counter()
  inc(i % 5)
  inc(2)
  local f = compose(adder(i % 11), adder(3))
  local fns = {}
  for k = 1, 3 do fns[k] = function() return k * get() end end
  local mapped = map(data, f)
  total = (total + mapped[8] + fns[1]() + fns[3]() + get()) % 1000003
end
print(string.format("closures x%d: %d", n, total))
