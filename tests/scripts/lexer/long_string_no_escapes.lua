-- escape sequences are not interpreted in long strings
local s = [[a\nb\t\65]]
print(s, #s)
print([==[\]]==])
