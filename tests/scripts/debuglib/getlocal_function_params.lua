-- getlocal of a function gives its parameter names
local function f(alpha, beta, ...) local gamma = 1 end
for i = 0, 4 do print(i, debug.getlocal(f, i)) end
print(debug.getlocal(print, 1))
