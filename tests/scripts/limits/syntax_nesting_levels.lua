-- deeply nested source: "chunk has too many syntax levels", never a crash
local function try(s) local f, e = loadstring(s, "=c") print(f and "ok" or e) end
try(string.rep("(", 300) .. "1" .. string.rep(")", 300))
try("x = " .. string.rep("{", 300) .. string.rep("}", 300))
try(string.rep("do ", 300) .. string.rep("end ", 300))
try("x = " .. string.rep("not ", 300) .. "1")
try("x = 2" .. string.rep(" ^ 2", 300))
try(string.rep("if x then ", 300) .. string.rep("end ", 300))
try("x = " .. string.rep("function() return ", 300) .. "1" .. string.rep(" end", 300))
try("x = 1" .. string.rep(" .. 1", 300))
try("x = 1" .. string.rep(" + 1", 1000))
try("x = " .. string.rep("a.", 1000) .. "b")
