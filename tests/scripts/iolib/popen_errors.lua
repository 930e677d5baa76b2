-- a bad popen mode fails with "Invalid argument"; a closed pipe is a closed
-- file; the command must be a string
print(io.popen("true", "x"))
print(io.popen("true", "rw"))
local p = io.popen("true")
print(p:read("*a") == "", p:close(), io.type(p))
print(pcall(p.close, p))
print(pcall(function() local q = io.popen({}) return q end))
