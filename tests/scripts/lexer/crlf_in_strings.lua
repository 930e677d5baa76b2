-- CR, LF, CRLF and LFCR in strings and long strings all count as one newline
local s = "a\
b"
print(#s, s:byte(1,-1))
local l = [[x
y
zw]]
print(#l, l:byte(1,-1))
print(#[[
q]])
local c = 1 -- comment
print(c)
