-- function statement forms: global, local, dotted names, method definitions
function g1(a) return a + 1 end
local function l1(a) return a * 2 end
local obj = {inner = {}}
function obj.inner.f(a) return "f" .. a end
function obj:m(a) return self == obj, a end
print(g1(1), l1(4), obj.inner.f(3), obj:m(5))
print(obj.m(obj, 6))
local anon = function(...) return select("#", ...) end
print(anon(1, nil, nil))
