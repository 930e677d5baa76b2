-- setvbuf: "no" writes through at once, "line" at each newline, "full" when
-- the buffer fills or is flushed; a second handle on the file sees what is
-- written through
local name = os.getenv("TEST_TMPDIR") .. "/data"
local w = io.open(name, "w")
local function seen()
  local r = io.open(name)
  local s = r:read("*a")
  r:close()
  return s
end
print(w:setvbuf("no"))
w:write("a")
print(seen())
print(w:setvbuf("line"))
w:write("b")
print(seen())
w:write("c\n")
print(seen())
print(w:setvbuf("full", 1024))
w:write("d\n")
print(seen())
w:flush()
print(seen())
w:close()
os.remove(name)
