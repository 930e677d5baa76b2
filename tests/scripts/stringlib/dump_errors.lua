-- string.dump takes a Lua function only.
local function try(f)
    local ok, err = pcall(f)
    print(ok, err)
end
try(function() local r = string.dump(print) return r end)
try(function() local r = string.dump() return r end)
try(function() local r = string.dump(1) return r end)
try(function() local r = string.dump(string.dump) return r end)
try(function() local r = ("x"):dump() return r end)
