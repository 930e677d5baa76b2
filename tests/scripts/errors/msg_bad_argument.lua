-- bad argument messages from library functions
print(pcall(string.rep))
print(pcall(string.sub))
print(pcall(setmetatable, 1))
print(pcall(function() return ("x"):rep({}) end))
print(pcall(function() return string.byte("a", "b") end))
