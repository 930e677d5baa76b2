-- surplus values on the right are still evaluated, in order
local log = {}
local function v(x) log[#log + 1] = x return x end
local a, b = v(1), v(2), v(3), v(4)
print(a, b, table.concat(log, ","))
local c = v("only"), print("side effect")
print(c)
