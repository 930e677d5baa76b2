-- methods called on something that is not a file say so
local function try(f)
  local ok, msg = pcall(f)
  print(ok, msg)
end
local f = io.stdout
try(function() local r = f.write(42, "x") return r end)
try(function() local r = f.read({}) return r end)
try(function() local r = f.seek() return r end)
try(function() local r = io.close(42) return r end)
try(function() local r = io.close(nil) return r end)
try(function() local s = tostring(setmetatable({}, getmetatable(f))) return s end)
try(function() local r = getmetatable(f).__tostring(1) return r end)
