-- every arithmetic metamethod receives both operands in order
local mt = {}
local function V(n) return setmetatable({n = n}, mt) end
local function val(x) return type(x) == "table" and x.n or x end
for _, op in ipairs({"add", "sub", "mul", "div", "mod", "pow"}) do
  mt["__" .. op] = function(a, b) return op .. "(" .. val(a) .. "," .. val(b) .. ")" end
end
local a, b = V(1), V(2)
print(a + b, a - b, a * b)
print(a / b, a % b, a ^ b)
print(a + 10, 10 - a, 2 ^ a)
