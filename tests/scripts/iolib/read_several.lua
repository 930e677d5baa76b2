-- read takes several formats, returning one value each, and stops at the
-- first that fails, which returns nil in its place
local name = os.getenv("TEST_TMPDIR") .. "/data"
local f = io.open(name, "w")
f:write("10 20\nword\nrest")
f:close()
f = io.open(name)
print(f:read("*n", "*n", "*l", "*l", 2, "*a"))
print(select("#", f:read("*l", "*l", "*l")))
f:seek("set")
print(f:read("*n", "*n", "*n", "*l"))
print(f:read("*l", "*a", "*l"))
print(select("#", f:read("*n", "*z")))
f:close()
os.remove(name)
