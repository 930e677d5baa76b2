-- a dotted name nests tables under the globals
local _G = _G
module("a.b.c", package.seeall)
print(_NAME, _PACKAGE, _M == _G.a.b.c, type(_G.a), type(_G.a.b), _G.a._NAME)
print(package.loaded["a.b.c"] == _M, package.loaded["a.b"])
