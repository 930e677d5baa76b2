-- move reads and writes raw: no __index on the source, no __newindex on
-- the destination
local log = {}
local src = setmetatable({}, {__index = function(_, k) log[#log + 1] = "get" .. k; return k * 10 end})
local dst = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = "set" .. k; rawset(t, k, v) end})
table.move(src, 1, 3, 5, dst)
table.move({1, 2, 3}, 1, 3, 5, dst)
print(#log, dst[5], dst[6], dst[7])
