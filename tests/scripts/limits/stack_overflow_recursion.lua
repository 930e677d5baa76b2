-- unbounded non-tail recursion raises a catchable stack overflow error
local function down(n) return 1 + down(n + 1) end
local ok, err = pcall(down, 1)
print(ok, type(err), string.find(err, "stack overflow", 1, true) ~= nil)
print("still running")
