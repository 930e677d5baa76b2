-- setvbuf needs one of "no", "full", "line"
local f = io.tmpfile()
local function try(g)
  local ok, msg = pcall(g)
  print(ok, msg)
end
try(function() f:setvbuf() end)
try(function() f:setvbuf("none") end)
try(function() f:setvbuf("full", "big") end)
print(f:setvbuf("full"), f:setvbuf("full", 100), f:setvbuf("line", "64"))
print(io.stdout:setvbuf("full"))
f:close()
