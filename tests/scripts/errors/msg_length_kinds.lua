-- length errors
local function e(f, ...) print(select(2, pcall(f, ...))) end
local up = nil
e(function() return #nil end)
e(function() local n; return #n end)
e(function() return #up end)
e(function() return #print end)
e(function() return #5 end)
