-- newproxy(true) userdata with every event
local p = newproxy(true)
local mt = getmetatable(p)
mt.__index = function(_, k) return k .. "!" end
mt.__len = function() return 42 end
mt.__tostring = function() return "PROXY" end
mt.__call = function(self, a) return "called " .. a end
mt.__concat = function() return "cat" end
mt.__unm = function() return "neg" end
mt.__add = function() return "add" end
mt.__lt = function() return true end
mt.__le = function() return false end
mt.__eq = function() return true end
print(p.foo, #p, tostring(p), p("x"), p .. "s", "s" .. p, -p, p + 1, p < p, p <= p)
local p2 = newproxy(p)
print(getmetatable(p2) == mt, p2.bar, p == p2, rawequal(p, p2))
local p3 = newproxy(true)
getmetatable(p3).__eq = mt.__eq
print(p == p3, getmetatable(newproxy(false)))
print(pcall(newproxy, newproxy()))
print(pcall(newproxy, {}))
