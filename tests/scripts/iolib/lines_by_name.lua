-- io.lines(name) iterates over the lines and closes the file at the end
local name = os.getenv("TEST_TMPDIR") .. "/data"
local f = io.open(name, "w")
f:write("a\n\nb\nlast")
f:close()
for line in io.lines(name) do
  print("[" .. line .. "]")
end
local it = io.lines(name)
print(it(), it(), it(), it(), it())
print(pcall(it))
os.remove(name)
