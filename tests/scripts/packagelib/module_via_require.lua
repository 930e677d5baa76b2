package.path = "./fixtures/?.lm;./fixtures/?/init.lm"
package.cpath = "./fixtures/?.so"
-- a module(...) file loaded by require: require returns the module table
local m = require "oldstyle"
print(m == oldstyle, m._NAME, m.hello())
local d = require "nested.deep.mod"
print(d == nested.deep.mod, d._PACKAGE, d.value, d.print)
