-- the handler of an xpcall runs for a "stack overflow" from too many frames
-- (a small function, so the frame limit comes before the slot limit), and the
-- limit holds again for the next overflow. Positions are stripped from the
-- messages (LuaJIT gives none here), and the handlers call only C functions
-- (LuaJIT has no room left for Lua ones)
if jit then jit.off() end -- LuaJIT's compiled traces would report line 0
local function small() return small() + 1 end
local function bare(m) return (m:gsub("^[^:]*:%d+: ", "")) end
for round = 1, 3 do
  local ok, m = xpcall(function() return small() end, function(m) return "handled: " .. m end)
  print(ok, bare(m:gsub("handled: ", "")), m:match("^handled: ") ~= nil)
end
local ok, tb = xpcall(function() return small() end, debug.traceback)
print(ok, bare(tb:match("^[^\n]*")), select(2, tb:gsub("in function 'small'", "")) > 10)
print(tb:match("in function 'xpcall'") ~= nil, tb:match("in main chunk") ~= nil)
print(xpcall(function() return small() end, function(m)
  return string.format("%s (%s)", m:match("stack overflow"), type(m))
end))
