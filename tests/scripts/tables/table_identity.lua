-- tables are reference values
local a = {}
local b = a
b.x = 1
print(a.x, a == b, {} == {})
local function mod(t) t.y = 2 end
mod(a)
print(b.y)
