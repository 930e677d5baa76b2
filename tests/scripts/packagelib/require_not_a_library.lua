package.path = "./fixtures/?.lm;./fixtures/?/init.lm"
package.cpath = "./fixtures/?.so"
-- a file on package.cpath that is not a library is an error loading the module
print(pcall(require, "notelf"))
print(pcall(require, "notelf.sub"))
