-- getlocal with a negative index reads the varargs
local function f(a, ...)
  for i = -1, -4, -1 do print(i, debug.getlocal(1, i)) end
end
f(1, "x", "y", nil)
local function g(a) print(debug.getlocal(1, -1)) end
g(1)
