-- extra values are evaluated but discarded
local n = 0
local function bump() n = n + 1 return n end
local a, b = 10, 20, bump(), bump()
print(a, b, n)
