-- %c writes one byte (the code's low 8 bits); width pads with spaces.
local f = string.format
print(f("%c%c%c", 76, 117, 97))
print(f("[%5c][%-3c][%03c]", 65, 66, 67))
print(f("%c", 0) == "\0", #f("%c%c", 0, 255), f("%c", "65"))
print(f("%c", 256 + 65), f("%c", 65.9))
