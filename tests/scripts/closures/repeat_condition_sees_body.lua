-- until sees the body's locals, also captured ones
local k = 0
repeat local done = k >= 2; k = k + 1 until done
print(k)
local fs = {}
local c = 0
repeat local x = c; fs[#fs + 1] = function() return x end; c = c + 1 until x >= 2
print(#fs, fs[1](), fs[3]())
c = 0
local g
repeat local y = c; g = function() return y end; c = c + 1 until g() == 3
print(c, g())
