-- seeking past the end is allowed; a write there leaves a gap of zero bytes
local name = os.getenv("TEST_TMPDIR") .. "/data"
local f = io.open(name, "w+b")
f:write("ab")
print(f:seek("set", 6))
print(f:read(1))
f:write("cd")
print(f:seek("end"))
f:seek("set")
local s = f:read("*a")
print(#s, s == "ab\0\0\0\0cd")
f:close()
os.remove(name)
