-- Errors of the core met while a C function runs (rawset with a nil or NaN
-- key, next with a missing key) carry no position, even when the C function
-- was called from a Lua line (not a tail call).
print(pcall(function() local x = rawset({}, nil, 1) end))
print(pcall(function() local x = rawset({}, 0/0, 1) end))
print(pcall(function() local x = next({}, "nokey") end))
-- The same errors from Lua code itself do carry the position.
print(pcall(function() local t = {} t[nil] = 1 end))
print(pcall(function() local t = {} t[0/0] = 1 end))
