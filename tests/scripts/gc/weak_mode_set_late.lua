-- __mode set on a metatable after the table has entries, and a metatable
-- shared by several tables; a mode string with other letters.
local mt = {}
local a, b = setmetatable({}, mt), setmetatable({}, mt)
a[1], b[1] = {}, {}
mt.__mode = "v"
collectgarbage()
print(a[1], b[1])
local c = setmetatable({}, {__mode = "xyzk"})
c[{}] = 1
collectgarbage()
print(next(c))
local d = setmetatable({}, {__mode = 42})
d[1] = {}
collectgarbage()
print(type(d[1]))
