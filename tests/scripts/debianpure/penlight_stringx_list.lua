-- Penlight's pl.stringx and pl.List (Debian lua-penlight)
local stringx = require "pl.stringx"
local List = require "pl.List"
print(List(stringx.split("a,b,,c", ",")), List(stringx.split("  a  b c ")))
print(stringx.strip("  hi  "), stringx.center("x", 7, "*"), stringx.title("hello world"))
print(stringx.shorten("abcdefghijklmnop", 8), stringx.count("abababa", "aba"))
print(stringx.replace("foo bar foo", "foo", "baz", 1), stringx.expandtabs("a\tb", 4))
print(stringx.startswith("hello", "he"), stringx.endswith("hello", {"x", "lo"}), stringx.isdigit("123"))
print(List(stringx.splitlines("one\ntwo\r\nthree")), stringx.partition("key=value=x", "="))
local l = List{5, 3, 8, 1}
l:sort()
print(l, l:clone():reverse(), l:map(function(x) return x * 2 end), l:filter(function(x) return x > 3 end))
print(l:slice(2, 3), l:index(8), l:contains(3), List.range(1, 10, 3), l:join("-"))
print(List{1, 2, 3}:reduce("+"), List{{1}, {2}}:map(function(x) return x[1] end))
local p = List{1, 2, 3, 4, 5, 6}:partition(function(x) return x % 2 == 0 and "even" or "odd" end)
print(p.even, p.odd)
l:insert(1, 0); l:append(9); l:extend{10, 11}; l:remove_value(8)
print(l, #l, l:pop(), l:len(), l == List{0, 1, 3, 5, 9, 10})
print(List.split("x y z"), List{1, 2} .. List{3})
