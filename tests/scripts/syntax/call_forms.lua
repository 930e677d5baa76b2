-- call syntax with string literal and table constructor arguments
local function f(a) return type(a), a end
print(f"str")
print(f[[long]])
print(type(f{1, 2}))
local o = {name = "o"}
function o:get(x) return self.name .. tostring(x) end
print(o:get"!", o:get{} ~= nil)
