-- a variable outside a loop is shared by all closures created in it
local total = 0
local adders = {}
for i = 1, 3 do adders[i] = function() total = total + i end end
for i = 1, 3 do adders[i]() end
adders[3]()
print(total)
