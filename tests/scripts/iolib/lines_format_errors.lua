-- a lines iterator keeps at most 60 values (the file and 59 formats); it
-- checks its formats when it reads, not when it is made
local name = os.getenv("TEST_TMPDIR") .. "/data"
local f = io.open(name, "w")
f:write("text\n")
f:close()
local formats = {}
for i = 1, 59 do formats[i] = "*l" end
print(type(io.lines(name, unpack(formats))))
formats[60] = "*l"
print(pcall(function() local it = io.lines(name, unpack(formats)) return it end))
f = io.open(name)
print(pcall(function() local it = f:lines(unpack(formats)) return it end))
f:close()
local it = io.lines(name, "*x")
print(type(it))
print(pcall(it))
os.remove(name)
