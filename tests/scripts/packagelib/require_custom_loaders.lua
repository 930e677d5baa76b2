package.path = "./fixtures/?.lm;./fixtures/?/init.lm"
package.cpath = "./fixtures/?.so"
-- the loaders run in order; strings add to the message, other values are ignored
local calls = {}
package.loaders = {
  function(name) calls[#calls + 1] = "1:" .. name return "\n\tfirst says no" end,
  function(name) calls[#calls + 1] = "2:" .. name return 42 end,
  function(name) calls[#calls + 1] = "3:" .. name return nil end,
  function(name) calls[#calls + 1] = "4:" .. name return {} end,
}
print(pcall(require, "x"))
print(table.concat(calls, " "))
table.insert(package.loaders, 2, function(name) return function(...) return "loaded " .. ... end end)
calls = {}
print(require "y", table.concat(calls, " "))
package.loaders = {function() error("loader failed") end}
print(pcall(require, "z"))
print(package.loaded.z)
package.loaders = {}
print(pcall(require, "w"))
