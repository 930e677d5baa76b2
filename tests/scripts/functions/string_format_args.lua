-- a multi-value call at the end of string.format's args
local function vals() return 1, "two", 3.5 end
print(string.format("%d %s %g", vals()))
print(string.format("%s|%s", "a", (vals())))
