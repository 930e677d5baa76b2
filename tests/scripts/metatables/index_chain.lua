-- __index chains through several metatables
local a = {fromA = "A"}
local b = setmetatable({fromB = "B"}, {__index = a})
local c = setmetatable({fromC = "C"}, {__index = b})
local d = setmetatable({}, {__index = c})
print(d.fromA, d.fromB, d.fromC, d.none)
