-- inspect.lua (Debian lua-inspect): sorted, depth-limited, cycle-aware dumps
local inspect = require "inspect"
print(inspect({1, 2, 3, a = 1, [10] = "ten", sub = {x = {y = {z = 1}}}}, {depth = 2}))
print(inspect(setmetatable({a = 1}, {__index = {b = 2}})))
print(inspect("a\nb\0c\127"), inspect(1 / 0), inspect(-0.5), inspect(nil), inspect(true))
local cyc = {name = "cycle"}
cyc.self = cyc
print(inspect(cyc))
print(inspect({{1}, {2}, {"x", {y = false}}}, {newline = " ", indent = ""}))
print(inspect({a = 1, b = {c = 2}}, {process = function(item, path)
  if path[#path] == "c" then return "hidden" end
  return item
end}))
print(inspect({[true] = 1, [1.5] = 2, ["key with space"] = 3, key = 4}))
