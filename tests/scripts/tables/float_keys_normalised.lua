-- integer-valued float keys are the integer keys; other floats are not
local t = {}
t[1.0] = "a"
print(t[1], #t)
t[2^53] = "big"
print(t[2^53])
t = {[1] = 1, [1.5] = 2, ["1"] = 3}
print(t[1], t[1.5], t["1"], t[3 / 2])
t = {}
for i = 1, 10 do t[i + 0.0] = i end
print(#t, t[5])
t = {}
t[1e300] = 1; t[-1e300] = 2; t[1 / 0] = 3; t[-1 / 0] = 4
print(t[1e300], t[-1e300], t[1 / 0], t[-1 / 0])
