-- package.seeall gives a table the globals through __index
local m = {}
package.seeall(m)
print(getmetatable(m).__index == _G, m.print == print)
local mt = {__call = true}
local m2 = setmetatable({}, mt)
package.seeall(m2)
print(getmetatable(m2) == mt, mt.__index == _G, mt.__call)
print(pcall(package.seeall))
print(pcall(package.seeall, "x"))
