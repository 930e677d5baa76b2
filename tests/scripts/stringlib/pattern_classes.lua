-- How many of the 256 bytes each class matches (ASCII only); upper case is
-- the complement.
local t = {}
for i = 0, 255 do t[#t + 1] = string.char(i) end
local all = table.concat(t)
for _, c in ipairs({"a", "c", "d", "l", "p", "s", "u", "w", "x", "z"}) do
    local _, lower = all:gsub("%" .. c, "")
    local _, upper = all:gsub("%" .. c:upper(), "")
    print(c, lower, upper)
end
local _, dots = all:gsub(".", "")
print(".", dots)
print(("a1 B2\t_;"):gsub("%w", "#"), ("\t\n\v\f\r x"):gsub("%s", "."))
print(("%q"):gsub("%%", "!"), ("a.b"):gsub("%.", "!"), ("p"):gsub("%p", "!"))
