-- metamethods written in Lua get call and return events
local t = setmetatable({}, {__index = function(t, k) return k end})
local ev = {}
debug.sethook(function(e)
  local i = debug.getinfo(2, "nS")
  ev[#ev + 1] = e .. " " .. tostring(i.name) .. " " .. i.what
end, "cr")
local v = t.key
debug.sethook()
for _, e in ipairs(ev) do io.write(e, "\n") end
print(v)
