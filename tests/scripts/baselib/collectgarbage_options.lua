-- collectgarbage options with deterministic results
print(collectgarbage())
print(collectgarbage("collect"))
print(type(collectgarbage("count")), collectgarbage("count") > 0)
print(collectgarbage("stop"))
print(collectgarbage("restart"))
print(type(collectgarbage("step")))
