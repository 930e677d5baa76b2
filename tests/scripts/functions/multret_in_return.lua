-- return f() passes through all results; return (f()) keeps one
local function three() return 1, 2, 3 end
local function a() return three() end
local function b() return (three()) end
local function c() return three(), "z" end
local function d() return "z", three() end
print(a())
print(b())
print(c())
print(d())
