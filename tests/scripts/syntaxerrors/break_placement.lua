-- break outside a loop, and statements after break and return
local function try(s) local f, e = loadstring(s, "=c") print(f and "ok" or e) end
try("break")
try("do break end")
try("if x then break end")
try("function f() break end")
try("while true do local function g() break end end")
try("return 1 return 2")
try("do return end x = 1")
try("return; x = 1")
try("break; x = 1")
try("while 1 do break x = 1 end")
try("while 1 do break; x = 1 end")
