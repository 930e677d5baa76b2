-- a line hook can read and change the locals of the hooked function
local log = {}
local function work()
  local counter = 1
  counter = counter + 1
  return counter
end
debug.sethook(function(e, l)
  local name, value = debug.getlocal(2, 1)
  if name == "counter" then
    log[#log + 1] = l .. ":" .. tostring(value)
    if l == 6 then debug.setlocal(2, 1, 100) end
  end
end, "l")
local r = work()
debug.sethook()
print(table.concat(log, " "), r)
