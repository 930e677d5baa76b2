-- ipairs stops at the first nil
local t = {1, 2, nil, 4}
local out = {}
for i, v in ipairs(t) do out[#out + 1] = i .. "=" .. v end
print(table.concat(out, " "))
for i, v in ipairs({}) do print("never") end
local u = {[2] = "two"}
local c = 0
for _ in ipairs(u) do c = c + 1 end
print(c)
