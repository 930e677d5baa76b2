-- and/or return one of their operands, not a boolean
print(nil and 1, false and 1, 0 and 1, "" and "e")
print(nil or false, false or nil, 0 or 1, nil or "d")
print(false and nil, nil and false)
