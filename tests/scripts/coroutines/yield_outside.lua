-- yielding from the main thread is an error; the message depends on how yield is reached
print(pcall(function() coroutine.yield(1) end))
print(pcall(coroutine.yield, 1))
