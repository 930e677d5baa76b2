package.path = "./fixtures/?.lm;./fixtures/?/init.lm"
package.cpath = "./fixtures/?.so"
-- the Lua loader raises the compile error itself
local lua = package.loaders[2]
print(pcall(lua, "syntax"))
