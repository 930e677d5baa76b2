-- numeric error values get no position prefix
local ok, e = pcall(function() error(3.5) end)
print(ok, e, type(e))
ok, e = pcall(function() error("3.5") end)
print(ok, e, type(e))
