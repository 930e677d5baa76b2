-- select('#') counts trailing nils; select(n) and negative indices
local function n(...) return select("#", ...) end
print(n(), n(nil), n(nil, nil), n(1, nil, nil))
print(select(-1, 1, 2, 3))
print(select(-3, 1, 2, 3))
print(select(5, 1, 2))
print(select(2.7, "a", "b", "c"))
print(select("2", "a", "b", "c"))
print(pcall(select, -4, 1, 2, 3))
print(pcall(select, 0, 1, 2))
print(pcall(select, "x"))
