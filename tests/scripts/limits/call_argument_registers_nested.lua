-- LuaJIT's register limit counts one extra frame slot for each call whose
-- arguments are being parsed: nested calls and method calls reach
-- "function or expression too complex" earlier than a plain call.
local t = {} for i = 1, 300 do t[i] = i end
local function try(src)
    local f, err = loadstring(src, "=c")
    print(f ~= nil, err)
end
for n = 245, 249 do try("o:m(" .. table.concat(t, ",", 1, n) .. ")") end
for n = 243, 247 do try("f(g(" .. table.concat(t, ",", 1, n) .. "))") end
for n = 242, 246 do try("f(o:g(" .. table.concat(t, ",", 1, n) .. "))") end
for n = 241, 245 do try("f(1, g(2, h(" .. table.concat(t, ",", 1, n) .. ")))") end
for n = 243, 247 do try("local x = {f(" .. table.concat(t, ",", 1, n) .. ")}") end
