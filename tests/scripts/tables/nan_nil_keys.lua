-- NaN and nil are not keys: reading gives nil, writing fails
local t = {}
print(t[0 / 0], t[nil])
print(pcall(function() t[0 / 0] = 1 end))
print(pcall(function() t[nil] = 1 end))
print(pcall(rawset, t, 0 / 0, 1))
print(rawget(t, nil), rawget(t, 0 / 0))
