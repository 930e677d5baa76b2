-- an iterator function may yield; for loops over wrapped generators
local function gen() return coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i) end end) end
for v in gen() do io.write(v, " ") end print()
local co = coroutine.wrap(function()
  for k in function(s, c) return coroutine.yield(c) end, nil, 0 do print("iter got", k) if k == "stop" then break end end
  return "iterdone"
end)
print(co())
print(co("a"))
print(co("stop"))
