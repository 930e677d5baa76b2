-- io.lines() iterates over the default input without closing it
print(select("#", io.lines()()), io.lines()())
local name = os.getenv("TEST_TMPDIR") .. "/data"
local f = io.open(name, "w")
f:write("x\ny\n")
f:close()
local input = io.input(name)
for line in io.lines() do
  print(line)
end
print(io.type(input), io.input() == input)
io.input():close()
print(pcall(function() local s = io.read() return s end))
local it = io.lines()
print(pcall(it))
io.input(io.stdin)
os.remove(name)
