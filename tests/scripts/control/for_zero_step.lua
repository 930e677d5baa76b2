-- a zero step never terminates by itself; break is needed
local n = 0
for i = 1, 2, 0 do n = n + 1 if n >= 4 then break end end
print(n)
n = 0
for i = 2, 1, 0 do n = n + 1 if n >= 4 then break end end
print(n)
