-- string keys are distinct from numeric keys
local t = {}
t["1"] = "string one"
t[1] = "number one"
print(t["1"], t[1], #t)
t["10"] = 1
print(t[10])
