-- a failed open returns nil, "name: message" and errno; bad arguments raise
print(io.open("no_such_file.txt"))
print(io.open("no_such_dir/file.txt", "w"))
print(io.open(".", "w"))
print(io.open("", "r"))
local function try(f)
  local ok, msg = pcall(f)
  print(ok, msg)
end
try(function() local f = io.open() return f end)
try(function() local f = io.open({}) return f end)
try(function() local f = io.open("x", {}) return f end)
try(function() local f = io.open("x", false) return f end)
local name = os.getenv("TEST_TMPDIR") .. "/data"
io.open(name, "w"):close()
local f = io.open(name, nil)
print(io.type(f))
f:close()
os.remove(name)
