-- assigning to the loop variable changes only the visible copy
for i = 1, 3 do local j = i; i = i * 10; io.write(i, ",", j, " ") end print()
local function iter(s, c) if c < s then return c + 1 end end
for a in iter, 3, 0 do a = a + 100; io.write(a, " ") end print()
