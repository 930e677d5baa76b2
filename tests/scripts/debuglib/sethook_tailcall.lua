-- a tail call gives a call event and the chain one return event
local function g(x) return x end
local function f(x) return g(x) end
local ev = {}
debug.sethook(function(e)
  local i = debug.getinfo(2, "S")
  ev[#ev + 1] = e .. " " .. i.what .. " " .. i.linedefined
end, "cr")
f(1)
debug.sethook()
for _, e in ipairs(ev) do io.write(e, "\n") end
