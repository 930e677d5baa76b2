-- string.sub's argument errors, in a call and a method call.
local function try(f)
    local ok, err = pcall(f)
    print(ok, err)
end
try(function() local r = string.sub() return r end)
try(function() local r = string.sub("abc") return r end)
try(function() local r = string.sub("abc", nil) return r end)
try(function() local r = string.sub("abc", "x") return r end)
try(function() local r = string.sub("abc", 1, {}) return r end)
try(function() local r = ("abc"):sub({}) return r end)
try(function() local r = ("abc"):sub(1, false) return r end)
