-- t, t[1] = {}, 5: the old table receives the store
local t = {}
local old = t
t, t[1] = {}, 5
print(t[1], old[1], t == old)
