-- newproxy(proxy) shares the metatable, and with it __gc.
local count = 0
local base = newproxy(true)
getmetatable(base).__gc = function() count = count + 1 end
local function make() for i = 1, 10 do newproxy(base) end end
make()
collectgarbage()
print(count)
print(getmetatable(newproxy(base)) == getmetatable(base))
print(pcall(newproxy, {}))
print(getmetatable(newproxy(false)), type(newproxy()))
