-- Runaway recursion through metamethods ends in "stack overflow".
local mt = {}
local t, u = setmetatable({}, mt), setmetatable({}, mt)
mt.__call = function(self) return (self()) end
print(pcall(function() return t() end))
mt.__concat = function(a, b) return (a .. b) end
print(pcall(function() return t .. "x" end))
mt.__eq = function(a, b) return a == b end
print(pcall(function() return t == u end))
mt.__lt = function(a, b) return a < b end
print(pcall(function() return t < u end))
mt.__le = function(a, b) return a <= b end
print(pcall(function() return t <= u end))
mt.__unm = function(a) return -a end
print(pcall(function() return -t end))
mt.__add = function(a, b) return a + b end
print(pcall(function() return t + 1 end))
mt.__index = function(a, k) return a[k] end
print(pcall(function() return t.x end))
mt.__newindex = function(a, k, v) a[k] = v end
print(pcall(function() t.x = 1 end))
local chain = setmetatable({}, {})
getmetatable(chain).__index = chain
print(pcall(function() return chain.x end))
getmetatable(chain).__newindex = chain
print(pcall(function() chain.x = 1 end))
print("still running", select("#", pcall(error)))
