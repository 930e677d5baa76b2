-- While its finalizer runs, a userdata is gone from weak values but still a
-- weak key; both are gone after the next cycle.
local wv = setmetatable({}, {__mode = "v"})
local wk = setmetatable({}, {__mode = "k"})
local function make()
  local u = newproxy(true)
  getmetatable(u).__gc = function(x) print("in __gc", wv[1] == x, wk[x]) end
  wv[1] = u
  wk[u] = "value"
end
make()
collectgarbage()
print(wv[1], next(wk) ~= nil)
collectgarbage()
print(wv[1], next(wk))
