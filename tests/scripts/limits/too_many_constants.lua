-- More than 65536 distinct constants in one function: LuaJIT's limit message,
-- for the main function and for a nested one.
local t = {}
for i = 1, 70000 do t[i] = "x" .. i .. "=1" end
local body = table.concat(t, ";")
print(loadstring(body, "=main"))
print(loadstring("local f = function()\n" .. body .. "\nend", "=nested"))
-- 65536 string constants still load.
t = {}
for i = 1, 65536 do t[i] = "'s" .. i .. "'" end
print(type(loadstring("return {" .. table.concat(t, ",") .. "}")))
