-- module makes a table with _M, _NAME and _PACKAGE and runs the rest of the chunk in it
local _G = _G
local print = print
module("mymod")
x = 1
print(_NAME, _PACKAGE == "", _M == _G.mymod, _G.package.loaded.mymod == _M)
print(_G.getfenv(1) == _M, _G.x, _M.x)
