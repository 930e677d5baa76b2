-- assignment into nested tables via field and index expressions
local t = {a = {b = {}}}
t.a.b.c = 1
t["a"]["b"]["d"] = 2
print(t.a.b.c, t.a.b.d)
local keys = {"p", "q"}
local u = {}
for i = 1, #keys do u[keys[i]] = i * 10 end
print(u.p, u.q)
