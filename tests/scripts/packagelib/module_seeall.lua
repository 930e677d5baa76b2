-- with package.seeall the module still reads the globals, but writes its own
g = "global"
module("seer", package.seeall)
g2 = g .. " seen"
print(g2, _G.g2, seer.g2)
