-- os.exit(status, true) closes the state first, so finalizers run
local p = newproxy(true)
getmetatable(p).__gc = function() print("finalized") end
print("exiting")
os.exit(5, true)
