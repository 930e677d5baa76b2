-- print converts strings and numbers without calling tostring, so a call
-- hook sees tostring only for other values (and every value once the global
-- tostring is replaced)
local log = {}
local function hook(ev)
  local i = debug.getinfo(2, "nS")
  log[#log + 1] = ev .. " " .. tostring(i.name) .. " " .. i.what
end
local t = setmetatable({}, {__tostring = function() return "T" end})
debug.sethook(hook, "c")
print(1, "a", 2.5)
print(t, true)
debug.sethook()
for _, l in ipairs(log) do io.write(l, "\n") end
log = {}
local builtin = tostring
tostring = function(v) return builtin(v) end
debug.sethook(hook, "c")
print(1, "a")
debug.sethook()
tostring = builtin
for _, l in ipairs(log) do io.write(l, "\n") end
