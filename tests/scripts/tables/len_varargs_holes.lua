-- `#{...}` and `#{f()}` with nils among the values: the array part grows
-- one slot past the values, as in LuaJIT, so a trailing value can be missed.
local function n(...) return #{...} end
print(n(nil, nil, 3), n(1, nil, 3), n(nil, 2), n(1, nil), n(nil, nil), n(1, 2, nil))
print(n(1, nil, 3, nil, 5), n(nil, nil, nil, 4), n(1, 2, 3, nil, 5, 6, 7))
local function g() return nil, nil, 3 end
print(#{g()}, #{1, g()}, #{1, 2, g()})
local function one() return 1 end
print(#{one(), nil, one()})
