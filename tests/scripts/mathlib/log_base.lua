-- math.log(x, base) is log2(x) * (1 / log2(base)), as LuaJIT computes it
local f = string.format
for _, c in ipairs({{8, 2}, {100, 10}, {1000, 10}, {27, 3}, {2, 8}, {1, 5}, {0.5, 2}, {7, 7}, {1e30, 10}}) do
    print(c[1], c[2], f("%.17g", math.log(c[1], c[2])))
end
print(math.log(8, 1), math.log(0, 2), math.log(-1, 2) ~= math.log(-1, 2))
print(pcall(function() local r = math.log(8, nil) return r end))
print(pcall(function() local r = math.log(8, "x") return r end))
