-- duplicate keys in a constructor: the last one written wins
local t = {[1] = "a", "b"}
print(t[1])
t = {"b", [1] = "a"}
print(t[1])
t = {x = 1, x = 2}
print(t.x)
t = {1, 2; 3; x = 4,}
print(#t, t.x)
local function f() return 1, 2, 3 end
t = {f(), f(), [10] = f()}
print(#t, t[10])
t = {[f()] = f()}
print(t[1])
