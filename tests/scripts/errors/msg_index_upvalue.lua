-- indexing a nil upvalue names the upvalue
local up
print(pcall(function() return up.x end))
local num = 1
print(pcall(function() return num.x end))
