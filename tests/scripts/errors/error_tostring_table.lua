-- tostring of an error value that is a table without __tostring is not its message
local ok, e = pcall(error, {msg = "m"})
print(ok, type(e), e.msg, tostring(e):sub(1, 6))
