-- type() of every kind of value
print(type(nil), type(true), type(1), type("s"), type({}), type(print), type(function() end))
print(type(coroutine.create(print)), type(newproxy()), type(io.stdout))
print(pcall(type))
