-- the single-character escape sequences
local s = "a\tb\\c\"d\'e"
print(s, #s)
print(string.byte("\a\b\f\n\r\t\v", 1, -1))
print('it\'s', "q\"q")
print(#"\\", #"\n")
