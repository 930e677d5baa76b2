-- reading a file opened for writing, or writing one opened for reading,
-- fails with the C library's error
local name = os.getenv("TEST_TMPDIR") .. "/data"
local f = io.open(name, "w")
print(f:read("*l"))
print(f:read("*a"))
print(f:read(1))
print(f:read("*n"))
print(f:write("contents"))
f:close()
f = io.open(name)
print(f:write("x"))
print(f:write(""))
print(f:read("*a"))
f:close()
os.remove(name)
