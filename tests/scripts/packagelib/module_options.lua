-- each further argument of module is called with the module table
local log = {}
local function opt1(m) log[#log + 1] = "opt1 " .. m._NAME end
local function opt2(m) log[#log + 1] = "opt2 " .. tostring(m == package.loaded.withopts) end
local function f() module("withopts", opt1, opt2) end
f()
print(table.concat(log, "; "))
print(pcall(function() module("badopt", 5) end))
print(pcall(function() module("erropt", function() error("option failed") end) end))
