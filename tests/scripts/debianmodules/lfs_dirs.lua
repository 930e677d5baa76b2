-- lfs: making, listing and removing a directory
local lfs = require "lfs"
local base = os.getenv("TEST_TMPDIR") .. "/made"
print(lfs.mkdir(base))
print(select("#", lfs.mkdir(base)), (select(2, lfs.mkdir(base)) or ""):match("exists") ~= nil)
for _, name in ipairs({"b.txt", "a.txt"}) do
  local f = assert(io.open(base .. "/" .. name, "w")); f:write(name); f:close()
end
local names = {}
for name in lfs.dir(base) do names[#names + 1] = name end
table.sort(names)
print(table.concat(names, " "))
local d = lfs.attributes(base .. "/a.txt")
print(d.mode, d.size)
for _, name in ipairs({"a.txt", "b.txt"}) do os.remove(base .. "/" .. name) end
print(lfs.rmdir(base), lfs.attributes(base) == nil)
