-- __newindex as a table redirects assignments of new keys only
local store = {}
local t = setmetatable({existing = 1}, {__newindex = store})
t.existing = 2
t.new = 3
print(rawget(t, "existing"), rawget(t, "new"), store.new, store.existing)
