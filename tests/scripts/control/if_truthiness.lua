-- only nil and false are false in conditions
local vals = {0, "", false, "false", {}, nil}
local s = ""
for i = 1, 6 do
  if vals[i] then s = s .. "T" else s = s .. "F" end
end
print(s)
print(not 0, not "", not false, not nil)
