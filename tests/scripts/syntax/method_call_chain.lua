-- chained method and field calls
local obj = {v = 0}
function obj:add(n) self.v = self.v + n return self end
print(obj:add(1):add(2):add(3).v)
local s = ("abc"):upper()
print(s, ("x"):rep(3))
