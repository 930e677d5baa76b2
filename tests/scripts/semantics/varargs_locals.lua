-- ... assigned to locals, adjusted to the names
local function h(...)
  local a, b = ...
  local c = {...}
  local d = select(2, ...)
  return a, b, #c, d
end
print(h(9, 8, 7))
local function v(...) local x = ... return x end
print(v(), v(5, 6))
local function w(a, ...) return a, select("#", ...) end
print(w())
print(w(1, 2, 3))
