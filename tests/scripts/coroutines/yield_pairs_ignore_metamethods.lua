-- pairs and ipairs ignore __pairs, __ipairs and __index (LuaJIT without
-- 5.2 compatibility), so nothing of the metatable runs or yields
local mt = {
  __pairs = function() coroutine.yield("pairs") end,
  __ipairs = function() coroutine.yield("ipairs") end,
  __index = function(_, k) coroutine.yield("index " .. tostring(k)) end,
}
local co = coroutine.wrap(function()
  local t = setmetatable({10, 20, nil, 40, x = 1}, mt)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  for i, v in ipairs(t) do n = n + v end
  return "done " .. n
end)
print(co())
