package.path = "./fixtures/?.lm;./fixtures/?/init.lm"
package.cpath = "./fixtures/?.so"
-- a module that does not compile names the module and the file
print(pcall(require, "syntax"))
