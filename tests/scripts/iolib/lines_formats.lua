-- io.lines and file:lines take read formats; with formats io.lines leaves
-- the file open at the end, as LuaJIT does
local name = os.getenv("TEST_TMPDIR") .. "/data"
local f = io.open(name, "w")
f:write("1 2\n3 4\n5 6\n")
f:close()
for a, b in io.lines(name, "*n", "*n") do
  print(a, b, a + b)
end
for chunk in io.lines(name, 4) do
  io.write("<", chunk, ">")
end
print()
f = io.open(name)
for line in f:lines("*L") do
  io.write(line)
end
f:close()
local it = io.lines(name, "*l")
print(it(), it(), it(), it())
print(pcall(it))
os.remove(name)
