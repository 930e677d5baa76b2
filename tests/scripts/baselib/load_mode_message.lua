-- A chunk refused by load's mode argument: LuaJIT's message, as a result.
print(load("return 1", "=m", "b"))
print(load("return 1", "=m", "x"))
print(load("return 1", "=m", ""))
print(load(function() return nil end, "=m", "b"))
print(load("return 1", "=m", "bt")())
print(load("return 2", "=m", "t")())
print(load("return 3", "=m", 5))
