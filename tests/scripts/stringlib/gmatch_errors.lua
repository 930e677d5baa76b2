-- gmatch checks its arguments at once, but the pattern only when iterating.
local function try(f)
    local ok, err = pcall(f)
    print(ok, err)
end
try(function() local r = string.gmatch("abc") return r end)
try(function() local r = string.gmatch(nil, "x") return r end)
local it = string.gmatch("abc", "[")
print(type(it))
try(function() local r = it() return r end)
try(function() for a in ("abc"):gmatch("(") do print(a) end end)
