-- indexing a nil local
local function f() local cfg; return cfg.size end
print(pcall(f))
local function g(a) return a[1] end
print(pcall(g, nil))
print(pcall(g, 5))
