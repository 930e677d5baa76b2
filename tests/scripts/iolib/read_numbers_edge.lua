-- "*n" on awkward input: signs, hex floats, overflow, long digit runs,
-- inf/nan words; what a failed scan consumed is shown by the next byte
local name = os.getenv("TEST_TMPDIR") .. "/data"
local function scan(text, count)
  local f = io.open(name, "wb")
  f:write(text)
  f:close()
  f = io.open(name, "rb")
  local out = {}
  for i = 1, count do
    out[#out + 1] = tostring(f:read("*n")) .. "/" .. tostring(f:read(1))
  end
  out[#out + 1] = ("%q"):format(f:read("*a"))
  f:close()
  print(table.concat(out, " "))
end
scan("1e5000 -1e5000 1e-5000 0x.8p1 0X1P-2 1E+2 0x 5", 8)
scan("+-1 - 1 ++1 .e1 1.2.3 0x1p 1e+ inf nan -inf 0xag", 12)
scan(string.rep("1", 300), 1)
scan("0x" .. string.rep("f", 300), 1)
scan("1." .. string.rep("0", 300) .. "1 7", 2)
scan("  \n\n 7\0008", 2)
os.remove(name)
