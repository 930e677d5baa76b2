-- a runtime error reports the line of the failing operation in a
-- statement spread over several lines
local t = {}
print(pcall(function()
  local x = 1 +
    2 +
    t.missing.field
  return x
end))
print(pcall(function()
  return t
    .a
    .b
end))
print(pcall(function()
  local s = "a" ..
    "b" ..
    {}
end))
