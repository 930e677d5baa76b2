-- upvalues of a block left by an error keep their values
local saved
local ok = pcall(function()
  local secret = "kept"
  saved = function() return secret end
  error("boom")
end)
print(ok, saved())
