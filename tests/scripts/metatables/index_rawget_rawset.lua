-- rawget and rawset bypass __index and __newindex
local t = setmetatable({}, {
  __index = function() return "meta" end,
  __newindex = function() error("blocked") end,
})
print(t.a, rawget(t, "a"))
rawset(t, "a", "raw")
print(t.a)
print(pcall(function() t.b = 1 end))
