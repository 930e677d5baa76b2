-- the base library functions are present with the expected types
local names = {"assert", "collectgarbage", "dofile", "error", "gcinfo", "getfenv",
  "getmetatable", "ipairs", "load", "loadfile", "loadstring", "module", "newproxy",
  "next", "pairs", "pcall", "print", "rawequal", "rawget", "rawset", "require",
  "select", "setfenv", "setmetatable", "tonumber", "tostring", "type", "unpack", "xpcall"}
local out = {}
for _, n in ipairs(names) do out[#out + 1] = n .. "=" .. type(_G[n]) end
print(table.concat(out, " "))
print(type(_G.coroutine), type(_G.string), type(_G.table), type(_G.math))
