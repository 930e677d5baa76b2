local function try(...)
    print(pcall(function(...) local r = table.move(...) return r end, ...))
end
try()
try({}, 1)
try({}, 1, 2)
try({}, "a", 2, 3)
try({}, 1, 2, 3, 4)
try({}, 1, 2, 3, false)
