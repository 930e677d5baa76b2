-- type of every kind of value
print(type(nil), type(true), type(0), type(""), type({}), type(print), type(function() end))
print(type(coroutine.create(function() end)), type(newproxy()))
print(pcall(type))
print(type(type), type(type(1)))
