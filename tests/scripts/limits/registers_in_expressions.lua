-- too many registers in one return list or constructor
local function try(s) local f, e = loadstring(s, "=c") print(f and "ok" or e) end
local t = {} for i = 1, 300 do t[i] = i end
try("return " .. table.concat(t, ","))
try("local a = {" .. table.concat(t, ",") .. "}")
try("return " .. table.concat(t, ",", 1, 200))
