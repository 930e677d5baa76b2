-- os.clock returns processor time in seconds, growing as work is done
local t0 = os.clock()
print(type(t0), t0 >= 0)
local x = 0
for i = 1, 3e6 do x = x + i % 7 end
local t1 = os.clock()
print(t1 >= t0, x > 0)
