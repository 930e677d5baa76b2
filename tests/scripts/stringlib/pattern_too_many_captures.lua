-- At most 32 captures.
local s = string.rep("a", 40)
print(select("#", s:match(string.rep("(a)", 32))))
print(pcall(string.match, s, string.rep("(a)", 33)))
print(pcall(string.find, "x", string.rep("(", 33)))
