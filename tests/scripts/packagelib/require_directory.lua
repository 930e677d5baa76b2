package.path = "./fixtures/?.lm;./fixtures/?/init.lm"
package.cpath = "./fixtures/?.so"
-- a directory where a module file is looked for cannot be read
print(pcall(require, "isdir"))
