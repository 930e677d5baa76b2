-- negative zero compares equal to zero; how it prints
local nz = -0
print(nz == 0, 0 == -0, 1/nz, 1/0)
print(-0.0, 0 * -1, tostring(-0.0))
local t = {}
t[-0] = "x"
print(t[0])
