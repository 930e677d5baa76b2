-- rawget and rawset on tables; errors on non-tables
local t = {}
print(rawset(t, "k", "v") == t, rawget(t, "k"), rawget(t, "none"))
print(pcall(rawget, "str", 1))
print(pcall(rawset, {}, nil, 1))
print(pcall(rawset, {}, 1))
