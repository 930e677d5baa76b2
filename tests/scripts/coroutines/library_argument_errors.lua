-- coroutine library argument errors
print(pcall(coroutine.resume))
print(pcall(coroutine.resume, 1))
print(pcall(coroutine.create, 1))
print(pcall(coroutine.status, nil))
print(pcall(coroutine.wrap, nil))
print(pcall(coroutine.yield, 1))
print(select("#", pcall(coroutine.create, print)))
