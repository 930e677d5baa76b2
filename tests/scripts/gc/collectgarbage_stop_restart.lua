-- A stopped collector lets memory grow; a full collection and an explicit
-- step start it again.
collectgarbage()
collectgarbage("stop")
local before = collectgarbage("count")
local sink = {}
for i = 1, 20000 do sink[i % 10] = {i, i, i} end
print(collectgarbage("count") - before > 500, collectgarbage("isrunning"))
collectgarbage()
print(collectgarbage("isrunning"))
collectgarbage("stop")
collectgarbage("step")
print(collectgarbage("isrunning"))
collectgarbage("stop")
collectgarbage("restart")
print(collectgarbage("isrunning"))
