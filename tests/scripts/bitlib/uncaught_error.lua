print(bit.tohex(48879))
print(bit.band(1, {}))
