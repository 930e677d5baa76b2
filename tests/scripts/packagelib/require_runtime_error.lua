package.path = "./fixtures/?.lm;./fixtures/?/init.lm"
package.cpath = "./fixtures/?.so"
-- an error raised by a module reaches the caller unchanged
print(pcall(require, "runtime"))
local ok, e = pcall(require, "tableerr")
print(ok, type(e), e.code)
print(pcall(require, "runtime"))
