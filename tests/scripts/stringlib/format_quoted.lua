-- %q writes a string the lexer reads back: quotes, backslashes and newlines
-- escaped, control bytes as decimal escapes, other bytes as they are.
local f = string.format
print(f("%q", 'he said "hi"\\'))
print(f("%q", "line1\nline2"))
print(f("%q", "\r\t\0\1\0012\31\127x"))
print(f("%q", "\0009") == '"\\0009"', f("%q", "a\0") == '"a\\0"', f("%q", "\200\255") == '"\200\255"')
print(f("%q|%q|%q", 1.5, nil, true), f("%10.3q", "abc"))
local s = "any\0thing\n\"\\\r\255"
print(loadstring("return " .. f("%q", s))() == s)
local obj = setmetatable({}, {__tostring = function() return "a\nb" end})
print(f("%q", obj))
