-- and/or return operands, not booleans; only nil and false are false
print(1 and 2 or 3, nil and 1 or 2, false or nil, nil or false, 1 or error("no"))
print(nil and nil, false and nil, 0 and "zero truthy", "" and "empty truthy")
print(not nil, not 0, not "", not not nil)
local calls = 0
local function f(v) calls = calls + 1 return v end
local r = f(false) and f(1) or f(2)
print(r, calls)
