-- io.input and io.output raise on a missing file, a closed file or a value
-- that is neither a name nor a file
local function try(f)
  local ok, msg = pcall(f)
  print(ok, msg)
end
try(function() local f = io.input("no_such_file.txt") return f end)
try(function() local f = io.output("no_such_dir/file.txt") return f end)
try(function() local f = io.input({}) return f end)
try(function() local f = io.output(true) return f end)
try(function() local f = io.input(newproxy()) return f end)
print(io.input() == io.stdin, io.output() == io.stdout)
