-- os.execute returns system()'s raw status (LuaJIT 2.1): nonzero for "is
-- there a shell", the exit code times 256, or the signal number
print(os.execute() ~= 0)
print(os.execute("true"))
print(os.execute("exit 3"))
print(os.execute("kill -9 $$"))
print(os.execute("exit 255"))
local name = os.getenv("TEST_TMPDIR") .. "/data"
print(os.execute("echo from the shell > " .. name))
print(io.open(name):read("*a"))
os.remove(name)
print(pcall(function() local r = os.execute({}) return r end))
