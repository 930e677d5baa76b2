-- a call as the last argument expands; elsewhere it is truncated to one value
local function two() return "x", "y" end
print(two())
print(two(), "end")
print("start", two())
print(two(), two())
print((two()))
