-- string.len needs a string or a number.
local function try(f)
    local ok, err = pcall(f)
    print(ok, err)
end
try(function() local n = string.len() return n end)
try(function() local n = string.len(nil) return n end)
try(function() local n = string.len({}) return n end)
try(function() local n = string.len(true) return n end)
