-- a call returning nothing yields nil when a value is required
local function none() end
local a = none()
print(a, select("#", none()), select("#", (none())))
local t = {none(), none()}
print(#t, t[1])
print(none(), "after")
print("before", none())
