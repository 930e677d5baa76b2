-- upvalueid tells shared upvalues apart; upvaluejoin makes them shared
local x, y = 1, 2
local function f() return x end
local function g() return x end
local function h() return y end
print(debug.upvalueid(f, 1) == debug.upvalueid(g, 1))
print(debug.upvalueid(f, 1) == debug.upvalueid(h, 1))
print(type(debug.upvalueid(f, 1)))
debug.upvaluejoin(f, 1, h, 1)
print(f(), debug.upvalueid(f, 1) == debug.upvalueid(h, 1))
y = 3
print(f(), g())
print(pcall(debug.upvalueid, f, 2))
print(pcall(debug.upvalueid, f, 0))
print(pcall(debug.upvalueid, 1, 1))
print(pcall(debug.upvaluejoin, f, 1, print, 1))
print(pcall(debug.upvaluejoin, print, 1, f, 1))
print(pcall(debug.upvaluejoin, f, 3, h, 1))
