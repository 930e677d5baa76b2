-- remove neither reads nor writes through metamethods
local log = {}
local t = setmetatable({"a", "b", "c"}, {
    __index = function(_, k) log[#log + 1] = "get " .. k end,
    __newindex = function(t, k, v) log[#log + 1] = "set " .. k; rawset(t, k, v) end,
})
print(table.remove(t, 1), table.remove(t), #log)
print(rawget(t, 1), rawget(t, 2), rawget(t, 3))
