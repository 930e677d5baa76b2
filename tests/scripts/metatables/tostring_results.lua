-- __tostring results: strings pass, others are errors for print
local t = setmetatable({}, {__tostring = function() return "OBJ" end})
print(t, tostring(t))
local t2 = setmetatable({}, {__tostring = function() return 42 end})
print(pcall(tostring, t2))
print(pcall(print, t2))
local t5 = setmetatable({}, {__tostring = function() error("ts err") end})
print(pcall(tostring, t5))
print(pcall(print, setmetatable({}, {__tostring = function() return {} end})))
