-- __call values that are themselves callable tables are not followed
local inner = setmetatable({}, {__call = function() return "inner" end})
local outer = setmetatable({}, {__call = inner})
print(inner())
print(pcall(outer))
