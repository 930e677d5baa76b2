package.path = "./fixtures/?.lm;./fixtures/?/init.lm"
package.cpath = "./fixtures/?.so"
-- package.preload functions are found first and get the module name
package.preload.plain = function(...) print("preload", select("#", ...), ...) return "from preload" end
print(require "plain", plain_loads)
package.preload = nil
print(pcall(require, "other"))
