-- setpause and setstepmul return the previous value
local p0 = collectgarbage("setpause", 150)
print(collectgarbage("setpause", 200))
print(collectgarbage("setpause", p0))
local s0 = collectgarbage("setstepmul", 300)
print(collectgarbage("setstepmul", 400))
print(collectgarbage("setstepmul", s0))
