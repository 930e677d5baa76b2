-- tail calls to C functions and to callable tables
local function t1(x) return tostring(x) end
local function t2(...) return select("#", ...) end
local obj = setmetatable({}, {__call = function(_, v) return "called " .. v end})
local function t3(v) return obj(v) end
print(t1(12), t2(nil, nil), t3("x"))
local function deep(n) if n == 0 then return obj(n) end return deep(n - 1) end
print(deep(300000))
