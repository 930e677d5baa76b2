-- errors are caught by the innermost pcall
local ok, res = pcall(function()
  local ok2, err2 = pcall(error, "inner", 0)
  return "outer saw: " .. tostring(ok2) .. " " .. err2
end)
print(ok, res)
print(pcall(function() pcall(error) error("outer", 0) end))
