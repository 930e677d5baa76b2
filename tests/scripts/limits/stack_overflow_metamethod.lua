-- recursion through __index functions also overflows cleanly
local t = setmetatable({}, {})
getmetatable(t).__index = function(tbl, k) return tbl[k .. "x"] end
local ok, err = pcall(function() return t.a end)
print(ok, type(err), (tostring(err):find("stack overflow", 1, true) or tostring(err):find("overflow", 1, true)) ~= nil)
