-- level 2 reports the line of the call to the function that raised
local function check(x)
  if type(x) ~= "number" then
    error("number expected", 2)
  end
  return x
end
local ok, err = pcall(function()
  local a = check(1)
  local b = check("no")
  return a, b
end)
print(ok, err)
