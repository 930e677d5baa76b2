-- Vararg functions, multiple results and table constructors survive a dump.
local function pack(...)
    local t = {n = select("#", ...), ...}
    local a, b = ...
    return t, a, b, ...
end
local f = load(string.dump(pack), "p", "b")
local t, a, b, x, y, z = f(1, nil, 3)
print(t.n, t[1], t[2], t[3], a, b, x, y, z)
print(select("#", f()))
local g = load(string.dump(function(...) return {...}, {1, 2, x = "y", [3.5] = true, ...} end), "g", "b")
local r1, r2 = g(7, 8, 9)
print(#r1, r2[1], r2[2], r2[3], r2[4], r2[5], r2.x, r2[3.5])
