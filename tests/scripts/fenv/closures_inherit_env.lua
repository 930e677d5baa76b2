-- functions made by a function get its environment; loadstring gets the globals
local function maker() return function() return w end end
setfenv(maker, {w = "inherited"})
print(maker()())
local h = setfenv(function() return getfenv(loadstring("return 1")) == _G end,
  {loadstring = loadstring, getfenv = getfenv, _G = _G})
print(h())
