-- Suspended coroutines and closures in weak tables: collected once nothing
-- else refers to them, kept while something does; what they hold is kept
-- with them.
local weak = setmetatable({}, {__mode = "v"})
local keep = {}
for i = 1, 10 do
  local co = coroutine.create(function(x)
    local held = {x}
    coroutine.yield()
    return held[1]
  end)
  coroutine.resume(co, "value" .. i)
  weak[i] = co
  if i % 2 == 0 then keep[#keep + 1] = co end
  weak[10 + i] = function() return i end
  if i % 5 == 0 then keep[#keep + 1] = weak[10 + i] end
end
collectgarbage()
collectgarbage()
local alive = {}
for i = 1, 20 do alive[#alive + 1] = weak[i] and 1 or 0 end
print(table.concat(alive))
for _, v in ipairs(keep) do
  if type(v) == "thread" then print(coroutine.resume(v)) else print(v()) end
end
