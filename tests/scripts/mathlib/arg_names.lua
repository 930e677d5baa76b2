-- the function name in the message is how the caller named it
local f = math.floor
print(pcall(function() local r = f("x") return r end))
local m = {fl = math.floor}
print(pcall(function() local r = m.fl("x") return r end))
print(pcall(function() local r = m:fl() return r end))
print(pcall(math.floor, "x"))
