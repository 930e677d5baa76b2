-- next on empty and one-element tables
print(next({}))
print(next({"only"}))
print(next({x = 1}))
local t = {"a"}
print(next(t, 1))
print(pcall(next, t, "nokey"))
