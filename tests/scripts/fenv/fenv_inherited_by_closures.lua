-- closures created inside a function get that function's environment
local maker = loadstring("return function() return who end")
setfenv(maker, {who = "maker env"})
local made = maker()
print(made(), getfenv(made) == getfenv(maker))
