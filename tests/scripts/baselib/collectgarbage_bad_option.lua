-- collectgarbage with an unknown option
print(pcall(collectgarbage, "nonsense"))
print(pcall(collectgarbage, 1))
