-- a bad argument is reported after the generator has stepped
math.randomseed(5)
print(pcall(function() local r = math.random("x") return r end))
print(pcall(function() local r = math.random(1, {}) return r end))
print(pcall(function() local r = math.random(nil) return r end))
print(math.random(100))
print(pcall(function() local r = math.randomseed() return r end))
print(pcall(function() local r = math.randomseed("abc") return r end))
print(select("#", math.randomseed(3)))
