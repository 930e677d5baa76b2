-- a failing write (/dev/full) reports nil, message, errno: buffered data
-- fails at flush or close, unbuffered data at write
local function show(...)
  local t = { ... }
  for i = 1, select("#", ...) do
    t[i] = io.type(t[i]) or tostring(t[i])
  end
  print(table.concat(t, " | "))
end
local f = assert(io.open("/dev/full", "w"))
show(f:write("x"))
show(f:flush())
show(f:write(string.rep("y", 100000)))
show(f:close())
f = assert(io.open("/dev/full", "w"))
f:setvbuf("no")
show(f:write("x"))
show(f:write("a", "b"))
show(f:close())
f = assert(io.open("/dev/full", "w"))
f:write("buffered")
show(f:close())
show(io.type(f))
