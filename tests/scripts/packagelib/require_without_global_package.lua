package.path = "./fixtures/?.lm;./fixtures/?/init.lm"
package.cpath = "./fixtures/?.so"
-- require finds the package table as its environment, not as a global
local pkg = package
package = nil
print(require("plain").name)
pkg.preload.viaenv = function() return "via the environment" end
print(require "viaenv")
