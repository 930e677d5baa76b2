-- file:lines() iterates over the rest of the file and leaves it open
local name = os.getenv("TEST_TMPDIR") .. "/data"
local f = io.open(name, "w")
f:write("skip\nx\ny\n")
f:close()
f = io.open(name)
f:read("*l")
for line in f:lines() do
  print(line)
end
print(io.type(f), f:read("*a") == "")
f:seek("set")
local n = 0
for _ in f:lines() do n = n + 1 end
print(n)
f:close()
print(pcall(f.lines, f))
os.remove(name)
