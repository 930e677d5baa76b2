package.path = "./fixtures/?.lm;./fixtures/?/init.lm"
package.cpath = "./fixtures/?.so"
-- each loader called directly: a loader function or a message
local pre, lua, c, croot = unpack(package.loaders)
package.preload.p = print
print(pre("p") == print, pre("q"))
print(type(lua("plain")), lua("nothere"))
print(c("nothere"))
print(select("#", croot("nothere")), croot("a.b"))
print(pcall(pre))
print(pcall(lua, {}))
