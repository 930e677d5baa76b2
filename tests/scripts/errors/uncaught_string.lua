-- an uncaught error ends the script with a message and status 1
print("before")
local function fail() error("fatal problem") end
fail()
print("not reached")
