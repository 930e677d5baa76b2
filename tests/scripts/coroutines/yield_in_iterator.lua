-- yielding from an iterator called by a generic for
local co = coroutine.wrap(function()
  local function iter(_, i)
    if i < 3 then coroutine.yield("step " .. i) return i + 1 end
  end
  local s = 0
  for i in iter, nil, 0 do s = s + i end
  return "sum " .. s
end)
print(co(), co(), co(), co())
