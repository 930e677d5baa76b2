-- an xpcall handler that itself errors does not hang
local ok, err = xpcall(function() error("first") end, function(m) error("again") end)
print(ok, type(err), err)
