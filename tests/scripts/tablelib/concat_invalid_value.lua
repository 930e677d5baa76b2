local function try(t, ...)
    print(pcall(function(...) local r = table.concat(t, ...) return r end, ...))
end
try({1, {}, 3})
try({1, 2, true})
try({1, 2, 3}, ",", 1, 5)
try({}, ",", 1, 1)
try({print})
try({"a", "b"}, ",", 0, 2)
