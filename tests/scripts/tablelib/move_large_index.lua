-- indices are converted to 32 bits at each access: beyond 2^31 - 1 they
-- become -2^31
local t = {"a", "b"}
local r = table.move(t, 1, 2, 2^31 - 1)
print(r == t, t[2^31 - 1], t[2^31], t[-2^31])
local u = {"a", "b"}
table.move(u, 1, 2, 2^31 + 5)
print(u[-2^31])
