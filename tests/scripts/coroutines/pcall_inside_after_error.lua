-- a caught error inside a coroutine leaves it usable
local co = coroutine.create(function()
  for i = 1, 3 do
    local ok, e = pcall(error, "e" .. i, 0)
    coroutine.yield(ok, e)
  end
  return "finished"
end)
for _ = 1, 4 do print(coroutine.resume(co)) end
