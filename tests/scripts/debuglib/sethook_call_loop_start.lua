-- a loop that jumps back to a function's first instruction is not a new call
local n = 0
local function cond() n = n + 1 return n < 4 end
local function f()
  while cond() do end
end
local ev = {}
debug.sethook(function(e)
  local i = debug.getinfo(2, "S")
  ev[#ev + 1] = e .. " " .. i.linedefined
end, "cr")
f()
f()
debug.sethook()
io.write(table.concat(ev, ", "), "\n")
