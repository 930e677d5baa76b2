-- metamethods and callbacks that C library functions call are C-call
-- boundaries: string.format's __tostring, sort's __lt, a gsub table's
-- __index, load's reader
local function try(name, f)
  local co = coroutine.create(f)
  print(name, coroutine.resume(co))
end
local Y = setmetatable({}, {__tostring = function() coroutine.yield("y") return "x" end})
try("format", function() return string.format("%s", Y) end)
try("sort", function()
  local a = setmetatable({}, {__lt = function() coroutine.yield() return true end})
  table.sort({a, a, a})
end)
try("gsub", function() return ("a"):gsub(".", setmetatable({}, {__index = function() coroutine.yield() end})) end)
try("load", function() return load(function() coroutine.yield("r") end) end)
