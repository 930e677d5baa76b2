-- hooks see a builtin written in Lua as a Lua function at line 0: a call
-- event, line events on entry, at each loop back and after each callback,
-- and a return event
local log = {}
local function hook(ev, line)
  local i = debug.getinfo(2, "nS")
  log[#log + 1] = ev .. " " .. tostring(line) .. " " .. tostring(i.name) .. " " .. i.short_src
end
local t = {1, 2}
local cb = function() end
debug.sethook(hook, "crl")
table.foreachi(t, cb)
debug.sethook()
for _, l in ipairs(log) do io.write(l, "\n") end
