-- strings index the string table through their shared metatable
local s = "hello"
print(s:upper(), type(s.len), s.len == string.len)
print(getmetatable("").__index == string)
print(("x"):rep(3, ","))
