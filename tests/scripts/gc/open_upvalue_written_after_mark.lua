-- A coroutine writes a fresh object into a captured local while a collection
-- is under way and its closure's upvalue has already been marked; then the
-- coroutine becomes garbage. The closure must still see the object.
local w = setmetatable({}, {__mode = "v"}) -- does not keep the coroutine
local strong
local function start()
  w[1] = coroutine.create(function()
    local x = "before"
    get = function() return x end -- a global: marked early in a cycle
    coroutine.yield()
    x = {tag = "after"}
    coroutine.yield()
  end)
  coroutine.resume(w[1])
  strong = w[1]
end
-- (Under NANLUA_GCSTRESS the steps below may finish the cycle and free the
-- coroutine first; then x keeps "before".)
local function resume() if w[1] then coroutine.resume(w[1]) end end
start()
-- A long chain the main thread keeps: marked last, so the cycle lasts.
local chain = nil
for i = 1, 20000 do chain = {next = chain} end
collectgarbage()
strong = nil -- from now on only the weak table refers to the coroutine
collectgarbage("setstepmul", 1)
for _ = 1, 3000 do collectgarbage("step", 0) end
resume()
collectgarbage("setstepmul", 200)
collectgarbage()
collectgarbage()
print(w[1])
local filler = {}
for i = 1, 1000 do filler[i] = {i} end
local x = get()
print(x == "before" or x.tag == "after")
