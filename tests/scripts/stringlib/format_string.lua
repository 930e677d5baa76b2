-- %s: width pads with spaces, precision cuts; zeros pass through.
local f = string.format
print(f("[%s][%10s][%-10s][%.2s][%5.1s][%-5.3s]", "abc", "abc", "abc", "abc", "abc", "abcdef"))
print(f("[%05s][%.0s][%.20s][%2s]", "ab", "abc", "abc", "abcdef"))
print(f("%s|%s|%s|%s", 1, 1.5, -0.0, 1e15), f("%s", 2^63))
print(f("%s", "a\0b") == "a\0b", f("%.2s", "\0\0\0") == "\0\0", f("a\0%s\0b", "x") == "a\0x\0b")
print(f("%s %s", "only", "two"), f("%5s|%-5s|", true, nil))
print(#f("%99s", ""), f("%s", string.rep("x", 200)):len())
