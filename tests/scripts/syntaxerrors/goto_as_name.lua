-- in LuaJIT goto is a name where a statement cannot start with it
local function try(s) local f, e = loadstring(s, "=c") print(f and "ok" or e) end
try("goto = 1")
try("local goto = 1 return goto")
try("t = {goto = 1}")
