-- lfs (Debian's lua-filesystem): file attributes
local lfs = require "lfs"
local a = lfs.attributes("lfs_attributes.lua")
print(a.mode, a.size == #io.open("lfs_attributes.lua"):read("*a"), type(a.modification))
print(lfs.attributes("lfs_attributes.lua", "mode"), lfs.attributes(".", "mode"))
print(lfs.attributes("no-such-file"))
print(type(lfs.currentdir()))
