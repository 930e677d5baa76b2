-- string.dump gives bytecode that load (mode "b") loads back.
local function double(a) return a * 2 end
local code = string.dump(double)
print(type(code), #code > 0)
print(load(code, "d", "b")(21), load(string.dump(double, true), "d", "b")(4))
local g = load(string.dump(function(x) return (x or 0) + 1 end), "g", "b")
print(g(10), g())
