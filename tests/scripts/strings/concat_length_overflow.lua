-- a concatenation longer than the longest string (just under 2 GiB) fails at once
local s = string.rep("x", 2^24)
local f = loadstring("return function(a) return a" .. string.rep("..a", 127) .. " end")()
local ok, err = pcall(f, s)
print(ok, err)
-- the state stays usable
print(#(s .. s), ("a" .. 1 .. "b"))
