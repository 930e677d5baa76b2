-- io.close() closes the default output; io.write and io.close then fail
local name = os.getenv("TEST_TMPDIR") .. "/data"
local f = io.output(name)
io.write("data")
print(io.close())
print(io.type(f))
print(pcall(function() io.write("more") end))
print(pcall(function() io.flush() end))
print(pcall(function() io.close() end))
io.output(io.stdout)
print(io.open(name):read("*a"))
os.remove(name)
