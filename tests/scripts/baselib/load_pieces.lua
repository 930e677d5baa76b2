-- load calls the reader function until it returns nil or an empty string
local parts = {"return ", "1 ", "+ ", "41"}
local i = 0
local f = load(function() i = i + 1 return parts[i] end)
print(f(), i)
parts = {"return 'a'", "", "..'b'"}
i = 0
f = load(function() i = i + 1 return parts[i] end)
print(f(), i)
