-- oop: objects with metatables: method calls through __index (one and two
-- levels of inheritance), constructors, field updates, and operator
-- metamethods (__add, __eq, __lt) on a small vector class.
-- size: default 4500000, check 500 (iterations)
local Shape = {}
Shape.__index = Shape
function Shape.new(name) return setmetatable({ name = name, moves = 0 }, Shape) end
function Shape:move(dx) self.moves = self.moves + dx; return self end
function Shape:count() return self.moves end

local Rect = setmetatable({}, { __index = Shape })
Rect.__index = Rect
function Rect.new(w, h)
  local r = Shape.new("rect")
  r.w, r.h = w, h
  return setmetatable(r, Rect)
end
function Rect:area() return self.w * self.h end

local Square = setmetatable({}, { __index = Rect })
Square.__index = Square
function Square.new(s)
  return setmetatable(Rect.new(s, s), Square)
end
function Square:side() return self.w end

local Vec = {}
Vec.__index = Vec
local function vec(x, y) return setmetatable({ x = x, y = y }, Vec) end
Vec.__add = function(a, b) return vec(a.x + b.x, a.y + b.y) end
Vec.__eq = function(a, b) return a.x == b.x and a.y == b.y end
Vec.__lt = function(a, b) return a.x < b.x or (a.x == b.x and a.y < b.y) end
function Vec:dot(o) return self.x * o.x + self.y * o.y end

local n = tonumber(arg and arg[1]) or 4500000
local shapes = { Rect.new(2, 3), Square.new(4), Rect.new(5, 1), Square.new(2) }
local acc = vec(0, 0)
local step = vec(1, 2)
local sum, less = 0, 0
for i = 1, n do
  local s = shapes[i % 4 + 1]
  s:move(1)
  sum = sum + s:area()
  if i % 16 == 0 then
    acc = acc + step
    if acc < vec(i, 0) then less = less + 1 end
    if acc == vec(acc.x, acc.y) then sum = sum + 1 end
    sum = sum + acc:dot(step) % 7
  end
end
local moves = 0
for i = 1, 4 do moves = moves + shapes[i]:count() end
print(string.format("oop x%d: sum %d, moves %d, less %d, side %d",
  n, sum % 1000003, moves, less, shapes[2]:side()))
