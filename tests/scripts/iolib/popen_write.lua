-- io.popen(cmd, "w") feeds the command's standard input
local name = os.getenv("TEST_TMPDIR") .. "/data"
local p = io.popen("cat > " .. name, "w")
print(p:write("to the pipe\n", 42, "\n"))
print(p:close())
print(io.open(name):read("*a"))
p = io.popen("tr a-z A-Z > " .. name, "w")
p:write("shout")
p:close()
print(io.open(name):read("*a"))
os.remove(name)
