-- the loop variable is local to the loop
i = "global i"
for i = 1, 2 do end
print(i)
local j = "outer"
for j = 1, 2 do end
print(j)
