-- getlocal: names and values of a level's live locals
local function f(a, b)
  local c = a + b
  do local hidden = 1 end
  for i = 1, 1 do
    local n = 1
    while debug.getlocal(1, n) do
      print(n, debug.getlocal(1, n))
      n = n + 1
    end
  end
  print((debug.getlocal(1, 4)))
end
f(10, 20)
