-- table and key expressions on the left are evaluated before any assignment
local t = {}
local k = 1
t[k], k = "first", 2
print(t[1], t[2], k)
local a = {}
local b = {}
local cur = a
cur.x, cur = 1, b
print(a.x, b.x, cur == b)
