-- Penlight's pl.class, pl.OrderedMap, pl.Set and pl.tablex (Debian lua-penlight)
local class = require "pl.class"
local OrderedMap = require "pl.OrderedMap"
local Set = require "pl.Set"
local tablex = require "pl.tablex"
local Animal = class()
function Animal:_init(name) self.name = name end
function Animal:__tostring() return "Animal<" .. self.name .. ">" end
function Animal:speak() return "..." end
local Dog = class(Animal)
function Dog:speak() return "woof, " .. self:super_speak() end
function Dog:super_speak() return Animal.speak(self) end
local d = Dog("rex")
print(d, d:speak(), d:is_a(Animal), Dog:class_of(d), Animal:class_of(d), Dog:class_of(Animal("cat")))
class.Point {
  _init = function(self, x, y) self.x, self.y = x, y end,
  __add = function(a, b) return Point(a.x + b.x, a.y + b.y) end,
  __eq = function(a, b) return a.x == b.x and a.y == b.y end,
  __tostring = function(p) return "(" .. p.x .. "," .. p.y .. ")" end,
}
print(Point(1, 2) + Point(3, 4), Point(1, 1) == Point(1, 1), Point._name)
local m = OrderedMap()
m:set("z", 1); m:set("a", 2); m:set("m", 3); m:set("a", nil)
for k, v in m:iter() do io.write(k, "=", v, " ") end
print(m, m:keys(), m:values())
m:sort(); print(m)
local s = Set{1, 2, 3} + Set{3, 4}
print(Set.len(s), Set{1, 2} < Set{1, 2, 3}, Set.isempty(Set{1} * Set{2}), Set.values(s):sort())
print(tablex.deepcompare({1, {2, {x = 3}}}, {1, {2, {x = 3}}}), tablex.deepcompare({1}, {2}), tablex.size{a = 1, b = 2})
print(table.concat(tablex.zip({1, 2}, {3, 4})[2], ","), tablex.reduce("+", {1, 2, 3, 4}), table.concat(tablex.range(1, 5), ","))
print(table.concat(tablex.imap(function(x) return x * x end, {1, 2, 3}), ","), tablex.find({5, 6, 7}, 7))
