-- return (f()) and return f() + 0 are not tail calls but still work
local function f() return 1, 2 end
local function a() return (f()) end
local function b() return f() + 0 end
local function c() return f(), 5 end
print(a())
print(b())
print(c())
