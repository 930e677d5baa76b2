package.path = "./fixtures/?.lm;./fixtures/?/init.lm"
package.cpath = "./fixtures/?.so"
-- package.loadlib reports a library that does not open as "open"
local f, msg, where = package.loadlib("./fixtures/no-such-lib.so", "luaopen_x")
print(f, msg, where)
print(package.loadlib("./fixtures/notelf.so", "luaopen_x"))
print(package.loadlib("./fixtures/notelf.so", "*"))
print(pcall(package.loadlib))
print(pcall(package.loadlib, "./x.so"))
