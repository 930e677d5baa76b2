package.path = "./fixtures/?.lm;./fixtures/?/init.lm"
package.cpath = "./fixtures/?.so"
-- a Lua module is found on package.path, run once and remembered
local m = require "plain"
print(m.name, m.nargs, plain_loads, package.loaded.plain == m)
print(require "plain" == m, plain_loads)
package.loaded.plain = nil
print(require "plain" ~= m, plain_loads)
