-- keywords cannot be used with dot syntax but work as string keys
local f = loadstring("local t = {} ; t.end = 1")
print(f == nil)
local t = {["and"] = 1, ["while"] = 2}
print(t["and"], t["while"])
print(loadstring("return {nil = 1}") == nil)
