-- string.match's init argument, as find reads it.
local s = "one two three"
print(s:match("%a+", 4), s:match("%a+", -5), s:match("%a+", 100), s:match("%a*", 100) == "")
print(s:match("()", 0), s:match("()", -1), s:match("()", 50))
