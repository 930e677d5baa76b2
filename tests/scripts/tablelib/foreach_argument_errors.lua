-- the builtins check their arguments on entry with the library's messages,
-- naming the function as its caller did ('?' through pcall)
print(pcall(table.foreach, nil))
print(pcall(table.foreachi, {}, 1))
print(pcall(table.foreachi, {}))
print(pcall(function() local r = table.foreach({}, setmetatable({}, {__call = print})) return r end))
print(pcall(function() local each = table.foreachi local r = each("x", print) return r end))
local t = {each = table.foreach}
print(pcall(function() local r = t:each(function(k, v) print(k, type(v)) end) return r end))
print(pcall(function() local r = t.each(t, 1) return r end))
