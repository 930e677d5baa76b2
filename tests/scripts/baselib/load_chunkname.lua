-- load and loadstring use the chunk name in messages
local f, e = load(function() return nil end, "=custom")
print(type(f), e)
print(loadstring("x = ", "=named"))
print(loadstring("x = ", "@file.lua"))
print(loadstring("x = "))
print(loadstring("x = ", "plain name"))
