local t = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, " "))
local words = {"ccc", "a", "bb", "dddd", "ee"}
table.sort(words, function(a, b) return #a < #b end)
print(words[1], words[#words])
table.sort(t, nil)
print(table.concat(t, " "))
