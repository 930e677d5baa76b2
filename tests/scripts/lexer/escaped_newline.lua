-- a backslash followed by a newline in a short string inserts a newline
local s = "one\
two"
print(s)
print(#s, string.byte(s, 4))
