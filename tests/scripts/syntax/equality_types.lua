-- equality across different types is always false, no coercion
print(1 == "1", "1" == 1, 0 == false, nil == false)
print({} == {}, "a" == "a", 1 ~= "1")
local t = {}
local u = t
print(t == u, t ~= u)
