-- Moses (Debian lua-moses): functional helpers over arrays
local M = require "moses"
print(table.concat(M.map({1, 2, 3}, function(v) return v * 10 end), ","), M.reduce({1, 2, 3, 4}, function(a, b) return a + b end))
print(table.concat(M.range(1, 10, 2), ","), table.concat(M.flatten({1, {2, {3, {4}}}}), ","), M.isEqual({1, {2}}, {1, {2}}))
print(table.concat(M.sort({3, 1, 2}), ","), table.concat(M.uniq({1, 1, 2, 3, 3}), ","), table.concat(M.zip({1, 2}, {3, 4})[2], ","))
print(table.concat(M.difference({1, 2, 3, 4}, {2, 4}), ","), table.concat(M.union({1, 2}, {2, 3}), ","), table.concat(M.intersection({1, 2, 3}, {2, 3, 4}), ","))
print(M.max({3, 9, 2}), M.min({3, 9, 2}), M.count({1, 2, 1, 1}, 1), M.all({2, 4}, function(v) return v % 2 == 0 end))
local memo_calls = 0
local sq = M.memoize(function(x) memo_calls = memo_calls + 1; return x * x end)
print(sq(4), sq(4), memo_calls)
print(M.compose(function(x) return x + 1 end, function(x) return x * 2 end)(5), M.curry(function(a, b) return a - b end, 2)(10)(3))
print(#M.chunk({1, 1, 2, 3, 3}, function(v) return v end))
print(M.chain({1, 2, 3, 4}):map(function(v) return v * v end):filter(function(v) return v > 4 end):value()[2])
