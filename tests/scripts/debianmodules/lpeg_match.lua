-- lpeg (Debian's lua-lpeg, a compiled Lua 5.1 module): patterns and matching
local lpeg = require "lpeg"
print(type(lpeg), lpeg.version())
local P, R, S = lpeg.P, lpeg.R, lpeg.S
local digit = R"09"
local number = S"+-"^-1 * digit^1 * (P"." * digit^1)^-1
print(number:match("-12.5x"), number:match("abc"), lpeg.match(P"ab"^1, "ababx"))
print(lpeg.type(number), lpeg.type(1), pcall(lpeg.match))
