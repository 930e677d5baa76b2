-- negative zero and NaN are written as LuaJIT's tostring shows them
local f = io.tmpfile()
f:write(-0.0, " ", 0/0, " ", -(0/0), " ", math.huge - math.huge)
f:seek("set")
print(f:read("*a"))
f:close()
