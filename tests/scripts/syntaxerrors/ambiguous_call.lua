-- a call's parenthesis on the next line is ambiguous syntax
local function try(s) local f, e = loadstring(s, "=c") print(f and "ok" or e) end
try("a = b\n(c)")
try("f\n(1)")
try("local a = f\n(g)()")
try("a = b (c)")
try("f(1)\n(g)(2)")
