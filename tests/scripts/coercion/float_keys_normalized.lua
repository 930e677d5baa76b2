-- integral float keys are the same key as the integer
local t = {}
t[1.0] = "one"
t[2] = "two"
print(t[1], t[2.0], #t)
t[2^53] = "big"
print(t[2^53])
t[1.5] = "frac"
print(t[1.5], t[1])
