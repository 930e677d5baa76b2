-- seek from the start, the current position or the end; it returns the new
-- position, "cur" and offset 0 by default
local f = io.tmpfile()
f:write("0123456789")
print(f:seek())
print(f:seek("set"))
print(f:seek("set", 3), f:read(2))
print(f:seek("cur"), f:seek("cur", 2), f:read(1))
print(f:seek("cur", -4), f:read(1))
print(f:seek("end"), f:read(1))
print(f:seek("end", -3), f:read("*a"))
print(f:seek("set", 2.9), f:read(1))
print(f:seek("set", nil), f:read(1))
f:close()
