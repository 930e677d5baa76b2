-- LuaJIT's deg and rad are Lua functions (x * k): strings convert, __mul
-- applies, other values raise an arithmetic error from their builtin chunk
print(math.deg("2"), math.rad(" 0x10 "), math.deg(1, "ignored"))
print(math.deg(1) == 57.29577951308232, math.rad(1) == 0.017453292519943295)
local mt = { __mul = function(a, b) return "scaled", b end }
print(select("#", math.deg(setmetatable({}, mt))), math.rad(setmetatable({}, mt)))
for _, v in ipairs({ "x", true, {}, print }) do
  print(pcall(math.deg, v))
  print(pcall(math.rad, v))
end
print(pcall(math.deg))
print(pcall(math.rad, nil))
print(pcall(math.deg, setmetatable({}, { __index = function() return 1 end })))
print(pcall(math.deg, setmetatable({}, { __mul = function() error("in __mul", 0) end })))
