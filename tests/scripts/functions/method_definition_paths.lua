-- function a.b.c:m() defines a method with self; a.b.f a plain field
local a = {b = {c = {}}}
function a.b.c:m(x) return self == a.b.c, x end
function a.b.f(x) return x end
print(a.b.c:m(5))
print(a.b.c.m(a.b.c, 6))
print(a.b.f(7))
local obj = {n = 0}
function obj:inc() self.n = self.n + 1 return self end
obj:inc():inc():inc()
print(obj.n)
