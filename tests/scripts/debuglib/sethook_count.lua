-- a count hook runs every N instructions
local n = 0
debug.sethook(function(e) n = n + 1 end, "", 10)
for i = 1, 1000 do end
debug.sethook()
print(n > 0, n < 1000)
local events = {}
debug.sethook(function(e, l) events[e] = (events[e] or 0) + 1 end, "", 1)
local x = 0
for i = 1, 10 do x = x + i end
debug.sethook()
print(events.count > 10, events.line, events.call)
