-- string.char builds a string from byte codes.
print(string.char(72, 105, 33), string.char() == "", #string.char(0, 0))
print(string.char("65", 66.9, -0.5) == "AB\0")
local t = {}
for i = 0, 255 do t[#t + 1] = string.char(i) end
local all = table.concat(t)
print(#all, all:byte(1), all:byte(256), all:sub(66, 68))
print(string.char(all:byte(1, -1)) == all)
