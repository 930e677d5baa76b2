-- ipairs returns an iterator function, the table, and 0
local t = {}
local f, s, i = ipairs(t)
print(type(f), s == t, i)
print(f(t, 0))
print(f({"a", "b"}, 1))
