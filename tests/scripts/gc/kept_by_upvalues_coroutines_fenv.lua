-- Objects reachable only through upvalues, suspended and dead coroutines,
-- closures in tables, metatables, environments and userdata environments.
local function make_counter()
  local state = {n = 0}
  return function() state.n = state.n + 1 return state.n end
end
local counter = make_counter()

local co = coroutine.create(function(a)
  local held = {a}
  coroutine.yield()
  return held[1]
end)
coroutine.resume(co, {"in suspended coroutine"})

local dead = coroutine.create(function() return {"result"} end)
local _, result = coroutine.resume(dead)

local handlers = {}
for i = 1, 3 do
  local label = ("handler %d"):format(i)
  handlers[i] = function() return label end
end

local obj = setmetatable({}, {__index = {greeting = "from metatable"}})

local env = {secret = {"from environment"}}
local function read_secret() return secret[1] end
setfenv(read_secret, env)
env = nil

local proxy = newproxy(true)
getmetatable(proxy).__index = {field = "from proxy metatable"}

for _ = 1, 3 do
  local junk = {}
  for i = 1, 5000 do junk[i] = {i} end
  collectgarbage()
end

print(counter(), counter())
local ok, held = coroutine.resume(co)
print(ok, held[1])
print(coroutine.status(dead), result[1])
print(handlers[1](), handlers[3]())
print(obj.greeting)
print(read_secret())
print(proxy.field)
