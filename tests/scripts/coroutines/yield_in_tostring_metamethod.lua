-- LuaJIT's tostring is resumable: a __tostring metamethod called by
-- tostring may yield (print's may not).
local co = coroutine.create(function()
  local s = tostring(setmetatable({}, {__tostring = function() coroutine.yield("y") return "x" end}))
  return "got " .. s
end)
print(coroutine.resume(co))
print(coroutine.resume(co))
