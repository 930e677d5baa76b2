-- errors raised by metamethods carry the metamethod's own line
local mt = {
  __add = function(a, b) error("add failed") end,
  __index = function(t, k) local x = nil return x.y end,
}
local o = setmetatable({}, mt)
print(pcall(function() return o + 1 end))
print(pcall(function() return o.key end))
