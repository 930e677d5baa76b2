-- f"s", f[[s]], f{...}, method forms and chained calls
local function f(...) return select("#", ...), ... end
print(f"str")
print(f[[long]])
print((f{1, 2}))
local o = {m = function(self, x) return x end}
print(o:m"s", o:m[[l]])
local function g() return f end
print(g()(1, 2))
print(g() "x")
print(("x"):rep(2):upper(), ("%d"):format(3))
