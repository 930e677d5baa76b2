-- "no value" for a missing argument, the type name otherwise
local function try(...) print(pcall(function(...) local r = math.abs(...) return r end, ...)) end
try()
try(nil)
try(true)
try({})
try(print)
try(coroutine.create(function() end))
try("x")
try(io.stdout)
