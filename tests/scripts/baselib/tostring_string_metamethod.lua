-- a __tostring in the string metatable: tostring calls it, print's own
-- conversion of strings and numbers does not
local smt = getmetatable("")
smt.__tostring = function(s) return "S(" .. s .. ")" end
print(tostring("a"))
print("a", 1)
smt.__tostring = nil
print(tostring("a"))
