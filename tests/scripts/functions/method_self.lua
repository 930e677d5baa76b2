-- colon syntax passes the receiver as self
local obj = {n = "obj"}
function obj:who(x) return self.n, x end
print(obj:who(1))
print(obj.who({n = "other"}, 2))
local m = obj.who
print(m(obj, 3))
