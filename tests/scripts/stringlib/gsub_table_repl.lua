-- A table replacement is indexed by the first capture (or the match).
local t = {name = "Lua", ver = 5.1}
print(string.gsub("$name $ver $none", "%$(%w+)", t))
print(string.gsub("abc", ".", {a = 1, b = "B"}))
local lazy = setmetatable({}, {__index = function(_, k) return k:upper() end})
print(string.gsub("abc", "%w", lazy))
print(string.gsub("a1b2", "(%a)(%d)", {a = "x"}))
