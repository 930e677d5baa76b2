-- the whole format goes to strftime: its flags, widths and modifiers work,
-- and an unknown conversion comes out as the C library writes it
local t = 1234567890
print(os.date("!%-d|%-m|%_H|%5Y|%^a|%#b|%010d", t))
print(os.date("!%Ey|%EC|%Od|%OH", t))
print(os.date("!%Q|%E|%J", t))
print(os.date("!", t) == "", os.date("", t) == "")
print(os.date("!%", t))
