-- counts are truncated to 32 bits and reserved before reading: a negative,
-- out-of-range or non-finite count fails as out of memory, even at EOF
local name = os.getenv("TEST_TMPDIR") .. "/data"
local f = assert(io.open(name, "w"))
f:write("abc\n")
f:close()
f = assert(io.open(name))
for _, n in ipairs({ 1.9, -0.5, 0.5, 2, -1, -1.5, -2 ^ 31, 2 ^ 31, 2 ^ 32 + 1, 2 ^ 40, 1 / 0, -1 / 0, 0 / 0 }) do
  f:seek("set")
  print(n, pcall(f.read, f, n))
end
f:seek("end")
print(pcall(f.read, f, -1))
print(pcall(f.read, f, 1, -1))
f:seek("set")
print(pcall(f.read, f, 2, 2 ^ 31))
for _, n in ipairs({ 3, -1 }) do
  print(pcall(function()
    local out = {}
    for s in io.lines(name, n) do out[#out + 1] = s end
    return table.concat(out, "|")
  end))
end
f:close()
os.remove(name)
