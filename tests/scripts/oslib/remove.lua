-- os.remove deletes a file or an empty directory: true, or nil, "name:
-- message", errno
local name = os.getenv("TEST_TMPDIR") .. "/data"
io.open(name, "w"):close()
print(os.remove(name))
print((select(2, os.remove(name))) == name .. ": No such file or directory",
  select(3, os.remove(name)))
os.execute("mkdir " .. name .. " && touch " .. name .. "/f")
print((select(2, os.remove(name))) == name .. ": Directory not empty",
  select(3, os.remove(name)))
print(os.remove(name .. "/f"), os.remove(name))
print(os.remove("no_such_file.txt"))
print(pcall(function() local r = os.remove() return r end))
