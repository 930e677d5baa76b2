-- coroutine.create requires a Lua function
print(pcall(coroutine.create, 1))
print(pcall(coroutine.create))
print(pcall(coroutine.resume, 1))
