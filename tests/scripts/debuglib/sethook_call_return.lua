-- call and return events; C functions have a call event and no return event
local function g(x) return x * 2 end
local function f(x) local y = g(x) return y + 1 end
local ev = {}
debug.sethook(function(e)
  local i = debug.getinfo(2, "nS")
  ev[#ev + 1] = e .. " " .. tostring(i.name) .. " " .. i.what
end, "cr")
local r = f(1)
local s = math.floor(2.5)
debug.sethook()
for _, e in ipairs(ev) do io.write(e, "\n") end
print(r, s)
