-- a generator pattern with wrap used in a for loop
local function range(n)
  return coroutine.wrap(function()
    for i = 1, n do coroutine.yield(i, i * i) end
  end)
end
local out = {}
for i, sq in range(5) do out[#out + 1] = i .. "=" .. sq end
print(table.concat(out, " "))
