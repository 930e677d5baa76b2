-- string.char's errors: codes outside 0..255 and non-numbers.
local function try(f)
    local ok, err = pcall(f)
    print(ok, err)
end
try(function() local r = string.char(256) return r end)
try(function() local r = string.char(65, -1) return r end)
try(function() local r = string.char(65, 66, 2^32 + 65) return r end)
try(function() local r = string.char(65, "x") return r end)
try(function() local r = string.char(65, nil) return r end)
try(function() local r = string.char({}) return r end)
