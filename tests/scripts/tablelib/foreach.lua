local seen = {}
table.foreach({a = 1, b = 2, c = 3, 10}, function(k, v) seen[#seen + 1] = tostring(k) .. "=" .. v end)
table.sort(seen)
print(table.concat(seen, " "))
print(table.foreach({5, 6, 7}, function(k, v) if v == 6 then return k * 100 end end))
print(select("#", table.foreach({}, print)))
print(pcall(function() local r = table.foreach() return r end))
print(pcall(function() local r = table.foreach({}, "f") return r end))
