-- os.tmpname creates a new empty file under /tmp and returns its name
local a, b = os.tmpname(), os.tmpname()
print(a:match("^/tmp/lua_%w%w%w%w%w%w$") ~= nil, a ~= b)
local f = io.open(a)
print(io.type(f), f:read("*a") == "")
f:close()
print(os.remove(a), os.remove(b))
