package.path = "./fixtures/?.lm;./fixtures/?/init.lm"
package.cpath = "./fixtures/?.so"
-- dots become directory separators; "?/init" templates find packages
print(require("pkg").init)
print(require("pkg.sub"))
