-- unpack refuses more results than LuaJIT's C frame limit (8000 slots,
-- unpack's own arguments included): "too many results to unpack".
local t = {}
local function count(...) return select('#', ...) end
for _, n in ipairs({7990, 7997, 7998, 8000, 8001, 65000, 1e6}) do
    print(n, pcall(function() return count(unpack(t, 1, n)) end))
end
print(pcall(function() return count(unpack(t, 1, 7997)) end))
print((pcall(unpack, t, 1, 7998)))
print(select(2, pcall(unpack, t, 1, 7998)))
print(pcall(function() return count(unpack(t, -2^31, 2^31 - 1)) end))
t = {} for i = 1, 7999 do t[i] = i end
print(pcall(function() return count(unpack(t)) end))
t[8000] = 8000
print(pcall(function() return count(unpack(t)) end))
