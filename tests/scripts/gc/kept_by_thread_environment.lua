-- A coroutine's function environment and its globals survive collections.
local co = coroutine.wrap(function()
  local env = {tag = {"coroutine env"}, coroutine = coroutine, collectgarbage = collectgarbage}
  setfenv(1, env)
  collectgarbage()
  coroutine.yield(tag[1])
  collectgarbage()
  coroutine.yield(tag[1])
end)
print(co())
local junk = {}
for i = 1, 10000 do junk[i] = {} end
junk = nil
collectgarbage()
print(co())
