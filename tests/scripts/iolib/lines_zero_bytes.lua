-- LuaJIT reads a line with fgets and measures it with strlen: a zero byte
-- drops the rest of its line, which then runs on into the next one; "*a"
-- and counts keep every byte
local name = os.getenv("TEST_TMPDIR") .. "/data"
local f = io.open(name, "wb")
f:write("a\0b\nc\0\n\0\n\r\n\n", string.rep("\0", 10000), "\nend\0")
f:close()
local out = {}
for l in io.lines(name) do out[#out + 1] = #l .. ":" .. l:gsub("%z", "0"):gsub("\r", "R"):sub(1, 12) end
print(table.concat(out, " "))
out = {}
for l in io.lines(name, "*L") do out[#out + 1] = #l end
print(table.concat(out, " "))
f = io.open(name, "rb")
print(#f:read("*a"))
f:seek("set", 3)
print(f:read(2):byte(1, -1))
f:close()
os.remove(name)
