-- getinfo 'n' names a metamethod after its event
local function name() return debug.getinfo(2, "n").name end
local mt = {}
for _, e in ipairs({"__index", "__newindex", "__add", "__sub", "__mul", "__div", "__mod",
                    "__pow", "__unm", "__concat", "__lt", "__le", "__eq"}) do
  mt[e] = function() print(e, name(), debug.getinfo(1, "n").namewhat) return 1 end
end
local a, b = setmetatable({}, mt), setmetatable({}, mt)
local _ = a.x
a.y = 1
_ = a + 1; _ = a - 1; _ = a * 1; _ = a / 1; _ = a % 1; _ = a ^ 1; _ = -a; _ = a .. "s"
_ = a < b; _ = a <= b; _ = a == b
