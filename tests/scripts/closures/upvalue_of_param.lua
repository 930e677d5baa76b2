-- parameters can be captured and modified
local function adder(n)
  return function(x) n = n + x return n end
end
local a = adder(10)
print(a(1), a(2), a(3))
