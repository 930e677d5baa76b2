-- a closure reads the variable, not a copy taken at creation
local x = 1
local function f() return x end
x = 2
print(f())
x = "three"
print(f())
