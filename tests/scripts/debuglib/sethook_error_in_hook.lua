-- an error raised by a hook unwinds to the nearest pcall; hooks run again afterwards
local lines = {}
debug.sethook(function(e, l)
  lines[#lines + 1] = l
  if l == 9 then error("from hook at " .. l, 0) end
end, "l")
local ok, err = pcall(function()
  local a = 1
  local b = 2
  return a + b
end)
local x = 1
local y = 2
debug.sethook()
print(ok, err)
print(table.concat(lines, " "))
