print(math.floor(1.5))
local x = math.sqrt({})
print("not reached", x)
