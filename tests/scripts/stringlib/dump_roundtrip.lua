-- string.dump gives bytecode that loadstring loads back.
local function double(a) return a * 2 end
local code = string.dump(double)
print(type(code), #code > 0)
print(loadstring(code)(21), loadstring(string.dump(double, true))(4))
local g = loadstring(string.dump(function(x) return (x or 0) + 1 end))
print(g(10), g())
