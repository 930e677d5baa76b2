-- unary minus, not, and # with various operands
local t = {1, 2, 3}
print(-t[1], not t, #t, -#t, #"abc" + 1)
print(not not nil, not not 0, - - 5)
print(-(2), -"3", -"0x10")
