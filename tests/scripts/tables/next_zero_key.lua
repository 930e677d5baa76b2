-- next(t, 0): in LuaJIT key 0 has a slot whenever the table has an array
-- part, so next accepts it even when 0 is absent, and -0 is the same key.
local function try(t, k)
    print(pcall(next, t, k))
end
local t = {} t[0] = 0 t[1] = 1 t[2] = 2
try(t, 0)
t[0] = nil
try(t, 0)
t = {} t[1] = 1
try(t, 0)
t = {} t[1] = 1 t[1] = nil
try(t, 0)
try({1}, 0)
try({nil}, 0)
try({1}, -0.0)
try({(...)}, 0)
try({}, 0)
try({x = 1}, 0)
try({[1] = 1}, 0)
try({[2] = 1}, 0)
try(setmetatable({}, {}), 0)
