-- a yield inside __tostring called through tostring resumes into the
-- expression that called tostring, with the metamethod's results
local co = coroutine.wrap(function(...)
  local t = setmetatable({}, {__tostring = function(self) return coroutine.yield("in"), "second" end})
  return "[" .. tostring(t) .. "]", select('#', tostring(t))
end)
print(co())
print(co("resumed"))
print(co("again", "more"))
