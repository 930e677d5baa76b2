-- load returns nil and a message on syntax errors; reader errors propagate; LuaJIT load also takes a string
local f, e = load(function() return nil end)
print(type(f), e, f and select("#", f()))
local parts = {"return +"}
local i = 0
print(load(function() i = i + 1 return parts[i] end))
local n = 0
print(pcall(load, function() n = n + 1 if n == 1 then return "return" end error("reader failed") end))
local g = load("return 1 + 1")
print(type(g), g and g())
