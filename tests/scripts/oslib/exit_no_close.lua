-- without a true second argument os.exit does not run finalizers
local p = newproxy(true)
getmetatable(p).__gc = function() print("finalized") end
print("exiting")
os.exit(0, false)
