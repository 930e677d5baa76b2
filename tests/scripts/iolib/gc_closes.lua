-- a file that becomes garbage is closed by the collector, its buffered data
-- written
local name = os.getenv("TEST_TMPDIR") .. "/data"
do
  local f = io.open(name, "w")
  f:setvbuf("full")
  f:write("written by __gc")
end
print(io.open(name):read("*a") == "")
collectgarbage()
collectgarbage()
print(io.open(name):read("*a"))
local mt = getmetatable(io.stdout)
local f = io.open(name)
print(mt.__gc(f), io.type(f))
mt.__gc(io.stdout)
print(io.type(io.stdout))
os.remove(name)
