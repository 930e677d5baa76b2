-- numeric strings are accepted as for bounds
local s = ""
for i = "1", "3" do s = s .. i .. type(i) .. " " end
print(s)
