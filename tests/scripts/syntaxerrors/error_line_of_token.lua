-- the line of a syntax error is the line of the offending token
local function try(s) local f, e = loadstring(s, "=c") print(f and "ok" or e) end
try("\n\n\nx = = 2")
try("x = [[\n\n]] y")
try("x =\n\n")
try("local t = {\n1,\n2\n")
try("f(\n1,\n")
