-- inside a hook, level 2 is the function that triggered it
local seen = {}
local function work()
  local x = 1
  x = x + 1
  return x
end
debug.sethook(function(e, l)
  local i = debug.getinfo(2, "Sl")
  if i.linedefined == 3 then seen[#seen + 1] = l .. "=" .. i.currentline end
end, "l")
work()
debug.sethook()
print(table.concat(seen, " "))
