-- a tail-called C function has lost its caller's frame: no name, no position
print(pcall(function() return math.floor("x") end))
print(pcall(function() local r = math.floor("x") return r end))
