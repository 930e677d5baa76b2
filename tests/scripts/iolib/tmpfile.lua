-- io.tmpfile() opens a new anonymous file for update
local f = io.tmpfile()
print(io.type(f))
print(f:read("*a") == "")
f:write("scratch\n", 1, "\n")
print(f:seek("cur"))
f:seek("set")
print(f:read("*l"), f:read("*n"))
print(f:close(), io.type(f))
