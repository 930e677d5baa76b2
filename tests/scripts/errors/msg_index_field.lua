-- indexing a nil field names the field
local t = {}
print(pcall(function() return t.a.b end))
print(pcall(function() return t.inner.deep.x end))
print(pcall(function() t.a.b = 1 end))
