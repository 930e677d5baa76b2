-- a bad format surfaces when the for loop calls the iterator, which an
-- error message names "(for generator)"
local name = os.getenv("TEST_TMPDIR") .. "/data"
io.open(name, "w"):close()
print(pcall(function()
  for _ in io.lines(name, "*x") do end
end))
