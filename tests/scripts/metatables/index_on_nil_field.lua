-- __index functions can return nil and false
local t = setmetatable({}, {__index = function(_, k) if k == "f" then return false end end})
print(t.f, t.n, type(t.f))
