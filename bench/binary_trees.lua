-- binary_trees: allocates and walks many short-lived complete binary trees
-- (tables of two fields); mostly allocation and garbage collection.
-- size: default 16, check 6 (the maximum depth)
local function bottom_up(depth)
  if depth == 0 then return {} end
  depth = depth - 1
  return { bottom_up(depth), bottom_up(depth) }
end

local function item_check(tree)
  if tree[1] then
    return 1 + item_check(tree[1]) + item_check(tree[2])
  end
  return 1
end

local max_depth = tonumber(arg and arg[1]) or 16
local min_depth = 4
if min_depth + 2 > max_depth then max_depth = min_depth + 2 end

local stretch = max_depth + 1
print(string.format("stretch tree of depth %d\t check: %d",
  stretch, item_check(bottom_up(stretch))))

local long_lived = bottom_up(max_depth)
for depth = min_depth, max_depth, 2 do
  local iterations = 2 ^ (max_depth - depth + min_depth)
  local check = 0
  for _ = 1, iterations do
    check = check + item_check(bottom_up(depth))
  end
  print(string.format("%d\t trees of depth %d\t check: %d", iterations, depth, check))
end
print(string.format("long lived tree of depth %d\t check: %d",
  max_depth, item_check(long_lived)))
