-- A small tour: closures, tables, metatables, coroutines and strings.
local function counter()
  local n = 0
  return function() n = n + 1 return n end
end
local next_id = counter()

local Point = {}
Point.__index = Point
Point.__add = function(a, b) return Point.new(a.x + b.x, a.y + b.y) end
Point.__tostring = function(p) return "(" .. p.x .. ", " .. p.y .. ")" end
function Point.new(x, y) return setmetatable({x = x, y = y, id = next_id()}, Point) end

local sum = Point.new(1, 2) + Point.new(3, 4)
print("sum of points:", tostring(sum), "id " .. sum.id)

local squares = coroutine.wrap(function()
  for i = 1, 5 do coroutine.yield(i * i) end
end)
local got = {}
for _ = 1, 5 do got[#got + 1] = squares() end
print("squares:", table.concat(got, " "))

local words = {}
for w in ("the quick brown fox"):gmatch("%a+") do words[#words + 1] = w:upper() end
print("words:", table.concat(words, ","))
print(string.format("pi is about %.4f; %d%% done", math.pi, 100))
