-- Every option of collectgarbage and what it returns.
print(collectgarbage())
print(collectgarbage("collect"))
print(type(collectgarbage("count")), collectgarbage("count") > 0)
print(select("#", collectgarbage("count")))
print(collectgarbage("stop"), collectgarbage("isrunning"))
print(collectgarbage("restart"), collectgarbage("isrunning"))
print(collectgarbage("setpause", 150), collectgarbage("setpause", 200))
print(collectgarbage("setstepmul", 300), collectgarbage("setstepmul", 200))
print(collectgarbage("setpause"), collectgarbage("setpause", 200))
local finished = false
for _ = 1, 100000 do
  if collectgarbage("step") then finished = true break end
end
print(finished)
print(collectgarbage("step", 100000))
print(collectgarbage("step", -1))
print(pcall(collectgarbage, "bogus"))
print(pcall(collectgarbage, 1))
print(pcall(collectgarbage, "step", "x"))
print(pcall(collectgarbage, "count", {}))
print(collectgarbage(nil))
print(type(gcinfo()), gcinfo() == math.floor(gcinfo()))
