-- __mode 'v' lets collected values disappear
local cache = setmetatable({}, {__mode = "v"})
cache.keep = {}
local strong = cache.keep
cache.drop = {}
cache.str = "strings are values, not collected"
collectgarbage()
collectgarbage()
print(cache.keep == strong, cache.drop, cache.str)
