-- forwarding varargs keeps nils and count
local function inner(...) return select("#", ...), ... end
local function outer(...) return inner(...) end
print(outer(nil, 2, nil))
print(outer())
