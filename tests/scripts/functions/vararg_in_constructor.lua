-- ... in the middle or end of table constructors
local function pack(...) return {...}, {..., "last"}, {n = select("#", ...), ...} end
local a, b, c = pack(1, 2, 3)
print(#a, #b, b[1], b[2], c.n, c[3])
