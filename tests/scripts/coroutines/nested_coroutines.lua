-- coroutines resuming other coroutines
local function gen(tag, n)
  return coroutine.create(function()
    for i = 1, n do coroutine.yield(tag .. i) end
  end)
end
local a, b = gen("a", 2), gen("b", 3)
local mux = coroutine.wrap(function()
  local live = {a, b}
  while #live > 0 do
    for i = #live, 1, -1 do
      local ok, v = coroutine.resume(live[i])
      if coroutine.status(live[i]) == "dead" then table.remove(live, i)
      else coroutine.yield(v) end
    end
  end
end)
local out = {}
for v in mux do out[#out + 1] = v end
print(table.concat(out, " "))
