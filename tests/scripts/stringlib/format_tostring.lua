-- %s calls __tostring once; other values print as tostring would.
local f = string.format
local obj = setmetatable({}, {__tostring = function() return "OBJ" end})
print(f("%s|%5s|%-5s|%.1s", obj, obj, obj, obj))
local num = setmetatable({}, {__tostring = function() return 42 end})
print(f("%s|%5s", num, num))
print(f("%s|%s|%s", nil, true, false))
local n = setmetatable({}, {__tostring = function() return nil end})
local b = setmetatable({}, {__tostring = function() return true end})
print(f("%s|%s", n, b))
print(f("%s", {}):match("^table: 0x%x+$") ~= nil, f("%s", print):match("^function: ") ~= nil)
local ok, err = pcall(f, "%s", setmetatable({}, {__tostring = function() error("boom", 0) end}))
print(ok, err)
