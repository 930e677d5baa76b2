-- "*n" and "n" read numbers as the C library scans them, skipping blanks;
-- nil when no number starts here, and the rest can still be read
local name = os.getenv("TEST_TMPDIR") .. "/data"
local f = io.open(name, "w")
f:write("  42 -7 3.25 1e3 0x1F .5\n\t-0.125e-2 12abc")
f:close()
f = io.open(name)
for _ = 1, 8 do
  io.write(tostring(f:read("*n")), " ")
end
print()
print(f:read("n"))
print(f:read("*a"))
print(f:read("*n"))
f:close()
f = io.open(name, "w")
f:write("word 5")
f:close()
f = io.open(name)
print(f:read("*n"))
print(f:read("*l"))
f:close()
f = io.open(name, "w")
f:write("   ")
f:close()
f = io.open(name)
print(f:read("*n"), f:read(0))
f:close()
os.remove(name)
