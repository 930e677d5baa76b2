-- concatenating bad values names the operand
print(pcall(function() local a; return "x" .. a end))
print(pcall(function() local t = {}; return t.f .. "x" end))
print(pcall(function() return "x" .. nope end))
print(pcall(function() local b = false; return b .. "" end))
print(pcall(function() return 1 .. {} end))
