package.path = "./fixtures/?.lm;./fixtures/?/init.lm"
package.cpath = "./fixtures/?.so"
-- a module that returns nothing is loaded as true
print(require "noreturn", noreturn_ran, package.loaded.noreturn)
print(require "setsloaded")
print(require "setsandreturns", package.loaded.setsandreturns)
