-- the newline right after an opening long bracket is skipped, later ones kept
local s = [[
first
second]]
print(s)
print(#s)
local t = [[

x]]
print(#t, string.byte(t, 1))
