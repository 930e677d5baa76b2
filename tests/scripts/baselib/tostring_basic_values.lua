-- tostring and print of nil, booleans, numbers and strings
print(tostring(nil), tostring(true), tostring(false), tostring(12), tostring("s"))
print(nil, true, false, 1.5, "s")
print(type(tostring(print)), tostring(print):match("^function: ") ~= nil)
print(tostring({}):match("^table: ") ~= nil, tostring(coroutine.create(print)):match("^thread: ") ~= nil)
print(tostring(newproxy()):match("^userdata: ") ~= nil)
