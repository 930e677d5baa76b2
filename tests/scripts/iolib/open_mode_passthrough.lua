-- the mode goes to the C library unchecked: extra letters after "r" are
-- ignored there, an unknown first letter gives "Invalid argument"
local name = os.getenv("TEST_TMPDIR") .. "/data"
local f = io.open(name, "w")
f:write("text")
f:close()
f = io.open(name, "rw")
print(io.type(f), f:read("*a"))
print(f:write("more"))
f:close()
for _, mode in ipairs({ "q", "", "+r", "x" }) do
  local g, msg, code = io.open(name, mode)
  print(mode, g, msg == name .. ": Invalid argument", code)
end
print(io.open(name):read("*a"))
os.remove(name)
