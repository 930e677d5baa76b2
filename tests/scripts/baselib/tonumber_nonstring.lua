-- tonumber of non-string values
print(tonumber(5), tonumber(nil), tonumber(true), tonumber({}), tonumber(print))
print(tonumber(1.5), tonumber(-0.25))
