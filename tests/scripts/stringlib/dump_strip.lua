-- string.dump(f, true) drops debug information: errors report line 0 and
-- upvalue names are empty; the code runs the same.
local up = {}
local function f(t, k)
    local v = t[k]
    return v.field, up
end
local plain = load(string.dump(f), "=plain", "b")
local stripped = load(string.dump(f, true), "=stripped", "b")
print(#string.dump(f, true) < #string.dump(f))
print(pcall(plain, {}, 1))
print(pcall(stripped, {}, 1))
print(pcall(stripped, {{field = 5}}, 1))
local function g() return up.x end
print(pcall(load(string.dump(g, true), "=g", "b")))
print(pcall(load(string.dump(g), "=g", "b")))
