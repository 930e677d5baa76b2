-- ipairs stops at the first nil and reads raw (no __index)
local t = {1, 2, nil, 4}
local n = 0 for i, v in ipairs(t) do n = n + 1 end print(n)
local p = setmetatable({}, {__index = function(t, i) if i <= 3 then return i * 10 end end})
n = 0 for i, v in ipairs(p) do n = n + 1 end print(n)
t = {[1] = "a", [2] = "b", [4] = "d"}
for i, v in ipairs(t) do io.write(i, v, " ") end print()
t = {n = 1, [0] = 0}
n = 0 for i, v in ipairs(t) do n = n + 1 end print(n)
