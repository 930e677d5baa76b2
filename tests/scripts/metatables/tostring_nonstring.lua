-- __tostring returning a non-string value
local t = setmetatable({}, {__tostring = function() return 42 end})
local ok, r = pcall(tostring, t)
print(ok, r, type(r))
