-- comparison errors name both types
local function e(f, ...) print(select(2, pcall(f, ...))) end
e(function() return 1 < {} end)
e(function() return {} <= 1 end)
e(function() return "a" < 1 end)
e(function() return function() end < function() end end)
e(function() local co = coroutine.create(print); return co < co end)
e(function() return 1 < nil end)
e(function() return nil > 1 end)
e(function() return nil >= "x" end)
e(function() return true <= false end)
