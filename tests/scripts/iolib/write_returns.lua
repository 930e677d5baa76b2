-- write returns true (LuaJIT 2.1), takes any number of strings and numbers,
-- and nothing at all is fine too
local name = os.getenv("TEST_TMPDIR") .. "/data"
local f = io.open(name, "w")
print(f:write())
print(f:write("a", "b", 1, 2.5, "\n"))
print(select("#", f:write("c")))
f:close()
print(io.open(name):read("*a"))
print(io.write())
os.remove(name)
