package.path = "./fixtures/?.lm;./fixtures/?/init.lm"
package.cpath = "./fixtures/?.so"
-- a module that returns false is stored as false and runs again next time
print(require "returnsfalse", package.loaded.returnsfalse, false_runs)
print(require "returnsfalse", false_runs)
