-- __concat with numbers and strings on either side, in chains
local mt = {__concat = function(a, b)
  local sa = type(a) == "table" and "T" or tostring(a)
  local sb = type(b) == "table" and "T" or tostring(b)
  return "(" .. sa .. "|" .. sb .. ")"
end}
local t = setmetatable({}, mt)
print(t .. 1, 1 .. t, t .. "s", "s" .. t, t .. t)
print("a" .. "b" .. t .. "c" .. "d")
print(1 .. 2 .. t)
print(t .. 1 .. 2)
print("x" .. t .. "y" .. t .. "z")
print(pcall(function() return t .. nil end))
print(pcall(function() return true .. t end))
