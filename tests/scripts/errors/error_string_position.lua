-- error adds chunk:line to string messages at level 1
local function f() error("msg") end
print(pcall(f))
print(pcall(error, "direct"))
