-- an error caught by an inner pcall must not switch off the enclosing xpcall's handler
local function handler(m) return "handled: " .. tostring(m) end
print(xpcall(function()
  print(pcall(error, "inner"))
  error("outer", 0)
end, handler))
-- the same with the inner error raised from a Lua function and from a nested xpcall
print(xpcall(function()
  print(pcall(function() error("inner", 0) end))
  print(xpcall(function() error("middle", 0) end, function(m) return "middle handler: " .. m end))
  error("outer", 0)
end, handler))
