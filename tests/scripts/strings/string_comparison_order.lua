-- sorting strings uses byte order
local t = {"b", "B", "a", "A", "aa", "", "_", "1", "\0"}
table.sort(t)
local out = {}
for i, v in ipairs(t) do out[i] = v == "\0" and "\\0" or (v == "" and "''" or v) end
print(table.concat(out, " "))
