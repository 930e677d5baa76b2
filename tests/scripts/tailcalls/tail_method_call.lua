-- tail-calling a method deep in a loop of objects
local node = {}
node.__index = node
function node:walk(n) if n == 0 then return self.name end return self.next:walk(n - 1) end
local a = setmetatable({name = "a"}, node)
local b = setmetatable({name = "b"}, node)
a.next, b.next = b, a
print(a:walk(1000000), a:walk(999999))
