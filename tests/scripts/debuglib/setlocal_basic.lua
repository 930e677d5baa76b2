-- setlocal changes a live local of a level
local function f()
  local x, y = 1, 2
  print(debug.setlocal(1, 2, 20))
  print(debug.setlocal(1, 9, 0))
  return x, y
end
print(f())
local function g(...)
  print(debug.setlocal(1, -2, "B"))
  return ...
end
print(g("a", "b", "c"))
local function outer()
  local v = "old"
  local function inner() debug.setlocal(2, 1, "new") end
  inner()
  return v
end
print(outer())
