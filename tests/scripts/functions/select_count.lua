-- select('#', ...) counts trailing nils
local function n(...) return select("#", ...) end
print(n(), n(nil), n(nil, nil), n(1, nil, 3, nil))
print(n(unpack({1, 2, 3})), n(unpack({1, nil, 3}, 1, 3)))
