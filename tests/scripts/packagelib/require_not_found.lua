package.path = "./fixtures/?.lm;./fixtures/?/init.lm"
package.cpath = "./fixtures/?.so"
-- a missing module lists every place each loader tried
print(pcall(require, "no.such.mod"))
print(pcall(require, "missing"))
