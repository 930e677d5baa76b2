-- the range bounds accept numeric strings and are truncated
local t = {"a", "b", "c", "d", "e"}
print(table.concat(t, ",", "2", "4"))
print(table.concat(t, ",", 1.9, 3.9))
print(table.concat(t, ",", "0x2"))
