-- write accepts only strings and numbers; the values before the bad one are
-- written
local f = io.tmpfile()
local function try(g)
  local ok, msg = pcall(g)
  print(ok, msg)
end
try(function() f:write("kept", {}) end)
try(function() f:write(nil) end)
try(function() f:write(true) end)
try(function() io.write("x", print) end)
f:seek("set")
print(f:read("*a"))
f:close()
