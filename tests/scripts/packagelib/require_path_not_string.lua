package.path = "./fixtures/?.lm;./fixtures/?/init.lm"
package.cpath = "./fixtures/?.so"
-- package.path and package.cpath must be strings (or numbers)
package.path = nil
print(pcall(require, "plain"))
package.path = 7
print(pcall(require, "plain"))
package.path = "./fixtures/?.lm"
package.cpath = {}
print(pcall(require, "missing"))
