-- `#` of constructors with holes: the border LuaJIT finds, which follows
-- from the array part the constructor gets.
print(#{nil, nil, 3})
print(#{nil, 2})
print(#{1, nil, 3})
print(#{1, nil})
print(#{nil})
print(#{nil, nil, 3, nil})
local x = 3
print(#{nil, nil, x})
print(#{x, nil, x})
print(#{x, nil, x, nil, nil, x})
print(#{1, 2, nil, 4, n = 1})
print(#{[1] = 1, [2] = 2, [4] = 4})
print(#{[1] = 1, [3] = 3, [5] = 5, [7] = 7})
print(#{[0] = 0, nil, 2})
print(select("#", unpack({nil, nil, 3})))
