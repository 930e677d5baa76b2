-- getregistry returns the registry table, the same every time
local r = debug.getregistry()
print(type(r), r == debug.getregistry())
r.mykey = "kept"
print(debug.getregistry().mykey)
