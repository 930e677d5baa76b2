package.path = "./fixtures/?.lm;./fixtures/?/init.lm"
package.cpath = "./fixtures/?.so"
-- while a module loads, package.loaded holds a true marker (LuaJIT's marker
-- is a lightuserdata that type() calls a number, so only its truth is shown)
print(require "seesloading", package.loaded.seesloading)
