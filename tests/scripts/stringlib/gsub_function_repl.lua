-- A function replacement gets the captures (or the match) as arguments.
print(string.gsub("hello world", "%w+", function(w) return w:upper() end))
print(string.gsub("a=1, b=2", "(%w+)=(%w+)", function(k, v) return v .. "=" .. k end))
print(string.gsub("abc", "()", function(p) return p end))
print(string.gsub("3 4", "%d", function(d) return d * 2 end))
local seen = {}
string.gsub("x1y22z333", "%d+", function(d) seen[#seen + 1] = #d end)
print(table.concat(seen, ","))
print(string.gsub("abc", ".", function(c, extra) return tostring(extra) end))
