-- the function is named the way the calling code refers to it
gfloor = math.floor
local lfloor = math.floor
local t = {f = math.floor}
local function upv() local r = lfloor("u") return r end
print(pcall(function() local r = gfloor("g") return r end))
print(pcall(function() local r = lfloor("l") return r end))
print(pcall(function() local r = t.f("f") return r end))
print(pcall(function() local r = t["f"]("f") return r end))
print(pcall(upv))
print(pcall(function() local r = math.floor("m") return r end))
