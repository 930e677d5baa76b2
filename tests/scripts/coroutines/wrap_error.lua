-- errors inside wrap propagate to the caller, with position information
local f = coroutine.wrap(function() error("wrapped boom") end)
print(pcall(f))
local g = coroutine.wrap(function() error({tag = "tbl"}) end)
local ok, e = pcall(g)
print(ok, type(e), e.tag)
