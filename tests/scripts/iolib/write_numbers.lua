-- numbers are written as tostring shows them ("%.14g")
local name = os.getenv("TEST_TMPDIR") .. "/data"
local f = io.open(name, "w")
local values = { 0, 1, -1, 42, 3.5, -0.25, 1/3, 2/3, 1e15, 1e16, 2^53, 2^63,
  1e100, 1e-5, 123456789012345, 0.1 + 0.2, 1/0, -1/0 }
for _, v in ipairs(values) do
  f:write(v, " ")
end
f:close()
print(io.open(name):read("*a"))
os.remove(name)
