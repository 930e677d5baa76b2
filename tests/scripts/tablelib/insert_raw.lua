-- insert writes raw: neither __newindex nor __index runs
local log = {}
local t = setmetatable({1, 2}, {
    __newindex = function(t, k, v) log[#log + 1] = "set " .. k; rawset(t, k, v) end,
    __index = function(t, k) log[#log + 1] = "get " .. k end,
})
table.insert(t, "x")
table.insert(t, 1, "y")
print(t[1], t[2], t[3], t[4], #log)
