-- __tostring runs in tostring's place: tracebacks and argument errors name
-- it after the call of tostring
local t = setmetatable({}, {__tostring = function() error("boom") end})
print(select(2, xpcall(function() local s = tostring(t) return s end, function(m)
  return (debug.traceback(m, 1):gsub("0x%x+", "ADDR"))
end)))
local named = setmetatable({}, {__tostring = function() return debug.getinfo(1, "n").name end})
print(tostring(named))
print(pcall(function() local s = tostring(setmetatable({}, {__tostring = string.rep})) return s end))
