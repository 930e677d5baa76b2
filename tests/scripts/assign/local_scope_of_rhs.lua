-- in local x = x the right side refers to the outer x
x = "global"
local x = x .. "+local"
print(x)
local y = 1
do local y = y + 1; print(y) end
print(y)
