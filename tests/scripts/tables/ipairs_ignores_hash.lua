-- ipairs visits only 1..n, not other keys
local t = {10, 20, 30, x = "x", [0] = "zero", [-1] = "neg", [5] = "five"}
local s = 0
local count = 0
for i, v in ipairs(t) do s = s + v count = count + 1 end
print(count, s)
