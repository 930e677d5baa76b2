-- string.byte returns the codes of a range (one byte by default).
local s = "Hello"
print(s:byte(), s:byte(2), s:byte(-1), s:byte(1, 3))
print(s:byte(-2, -1))
print(s:byte(4, 100))
print(select("#", s:byte(10)), select("#", s:byte(3, 2)), select("#", (""):byte()))
print(string.byte("\0\255\128"), string.byte("\0\255\128", 1, -1))
print(s:byte(0), s:byte(nil, 2))
print(s:byte(1.9, 2.9))
print(select("#", string.byte(string.rep("x", 200), 1, -1)))
