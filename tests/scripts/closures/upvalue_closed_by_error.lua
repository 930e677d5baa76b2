-- an error unwinding a function closes its upvalues
local saved
local ok = pcall(function()
  local x = 1
  saved = function() x = x + 1 return x end
  error("boom")
end)
print(ok, saved(), saved())
