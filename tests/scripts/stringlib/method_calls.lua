-- Strings index the string table through their metatable.
local s = "hello"
print(s:upper(), s:len(), s:sub(2, 3), s:rep(2, "-"), s:byte(1))
print(("%d-%s"):format(7, "x"), ("a,b"):find(",", 1, true), ("k=v"):match("(%w)=(%w)"))
print(("x"):rep(3), (s):gsub("l", "L"))
local n = 0
for w in ("one two three"):gmatch("%a+") do n = n + 1 end
print(n, s.len == string.len, ("").upper == string.upper)
local ok, err = pcall(function() local r = s:nosuch() return r end)
print(ok, err)
