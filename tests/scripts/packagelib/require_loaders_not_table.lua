package.path = "./fixtures/?.lm;./fixtures/?/init.lm"
package.cpath = "./fixtures/?.so"
-- package.loaders must be a table
package.loaders = nil
print(pcall(require, "plain"))
package.loaders = "loaders"
print(pcall(require, "plain"))
