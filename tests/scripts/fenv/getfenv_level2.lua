-- getfenv(2) returns the environment of the caller; a tail call replaces the caller's frame
local function inner() local e = getfenv(2) return e end
local plain = setfenv(function() local e = inner() return e end, {tag = "outer env"})
print(plain().tag)
local tail = setfenv(function() return inner() end, {tag = "tail env"})
print(tail() == _G, tail().tag)
local function direct() return getfenv(1) end
print(direct() == _G)
