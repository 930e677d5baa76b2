-- indexing values without a name in the message
print(pcall(function() return ({})[1][2] end))
print(pcall(function() local t = {} return t[1].x end))
print(pcall(function() return (nil)[1] end))
print(pcall(function() local s = "str" return s.x.y end))
