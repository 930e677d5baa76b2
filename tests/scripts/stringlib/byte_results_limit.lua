-- string.byte returns up to 8000 values, whatever its arguments take.
local s = string.rep("x", 9000)
for _, n in ipairs({7999, 8000, 8001}) do
    print(n, pcall(function() return select('#', s:byte(1, n)) end))
end
print(pcall(function() return select('#', s:byte(-8000, -1)) end))
print(pcall(function() return #string.char(s:byte(1, 8000)) end))
