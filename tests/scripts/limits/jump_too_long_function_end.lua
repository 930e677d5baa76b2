-- A function is finished before its 'end' is skipped, as in LuaJIT: a jump
-- too long that is patched then is reported near 'end'.
local function try(name, src)
    local f, err = loadstring(src, "=c")
    print(name, f ~= nil, err)
end
local body = ("a = 1\n"):rep(17000)
try("local_function", "local function f()\nif a then\n" .. body .. "end\nend\nb = 2")
try("function_expr", "x = function()\nif a then\n" .. body .. "end\nend, 1\nb = 2")
try("method", "function o:m()\nwhile a do\n" .. body .. "break end\nend\nb = 2")
