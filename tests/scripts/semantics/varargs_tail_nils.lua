-- trailing nils survive tail calls and returns
local function g(...) return ... end
local function tail(...) return g(...) end
print(tail(1, nil, nil))
print(select("#", tail(1, nil, nil)))
local function many(...) return select("#", ...), ... end
print(many(g(1, nil, 3)))
