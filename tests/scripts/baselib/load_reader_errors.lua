-- Errors of load's reader, even on its first call, are returned by load as
-- nil plus the message; they are not raised.
print(pcall(load, function() error("first call fails") end))
print(pcall(load, function() error({}, 0) end) and "returned")
print(pcall(load, function() return {} end))
print(pcall(load, function() return true end))
local n = 0
print(pcall(load, function() n = n + 1 if n == 2 then error("second", 0) end return "return 1" end))
-- a number piece is a string
n = 0
local f = load(function() n = n + 1 if n == 1 then return "return " elseif n == 2 then return 12 end end, "=num")
print(pcall(f))
