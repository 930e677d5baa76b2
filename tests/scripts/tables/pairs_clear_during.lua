-- clearing fields during traversal is allowed
local t = {}
for i = 1, 30 do t[i * 3] = true end
local visited = 0
for k in pairs(t) do visited = visited + 1 t[k] = nil end
print(visited, next(t))
