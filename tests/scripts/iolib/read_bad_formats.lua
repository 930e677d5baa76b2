-- an unknown format letter is an invalid format, any other value an invalid
-- option; only the first letter after an optional '*' counts
local f = io.tmpfile()
f:write("line one\nline two\n")
f:seek("set")
local function try(...)
  local args = { ... }
  local ok, a, b = pcall(function()
    local x, y = f:read(unpack(args))
    return x, y
  end)
  print(ok, a, b)
end
try("*x")
try("x")
try("")
try({})
try(true)
try("*l", "*q")
try("*line", "lines")
try("10")
f:close()
print(pcall(function() local s = io.read("*z") return s end))
print(pcall(function() local s = io.read(nil) return s end))
