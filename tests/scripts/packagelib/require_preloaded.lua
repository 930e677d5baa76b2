package.path = "./fixtures/?.lm;./fixtures/?/init.lm"
package.cpath = "./fixtures/?.so"
-- a value already in package.loaded is returned without any search
package.loaded.anything = "preset"
print(require "anything")
package.loaded.zero = 0
print(require "zero")
print(require "string" == string, require "_G" == _G)
