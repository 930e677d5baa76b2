-- line ends inside long strings are normalised to \n
local f = loadstring("return [[a\r\nb\rc\n\rd]]")
local s = f()
print(#s, string.byte(s, 1, -1))
