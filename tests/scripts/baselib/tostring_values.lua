-- tostring of basic values
print(tostring(nil), tostring(true), tostring(false), tostring(12), tostring(-3.5))
print(tostring("s"), tostring(""), #tostring(1e300))
print(tostring({}):match("^table: ") ~= nil, tostring(print):match("^builtin") == nil)
print(tostring(print):sub(1, 9), tostring(function() end):sub(1, 9))
print(pcall(tostring))
