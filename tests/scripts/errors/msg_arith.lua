-- arithmetic on bad operands names the operand
print(pcall(function() local a = "x"; return a + 1 end))
print(pcall(function() local a = {}; return 1 * a end))
print(pcall(function() return nothing_here - 1 end))
print(pcall(function() local t = {}; return t.f / 2 end))
print(pcall(function() local b = true; return -b end))
