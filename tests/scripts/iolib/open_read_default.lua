-- io.open with no mode opens for reading; "r" and "rb" do the same
local name = os.getenv("TEST_TMPDIR") .. "/data"
local f = assert(io.open(name, "w"))
f:write("first line\nsecond line\n")
f:close()
for _, mode in ipairs({ false, "r", "rb" }) do
  local g = mode and io.open(name, mode) or io.open(name)
  print(mode, io.type(g), g:read("*l"), g:read("*l"), g:read("*l"))
  print(g:write("x"))
  g:close()
end
os.remove(name)
