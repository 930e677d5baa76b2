print(loadstring("return 1 +", "a chunk name that is very long indeed, longer than the limit of sixty chars"))
print(loadstring("return 1 +", "=a chunk name that is very long indeed, longer than the limit of sixty chars"))
print(loadstring("return 1 +", "@a/file/name/that/is/very/long/indeed/longer/than/the/limit/of/sixty/chars.lua"))
