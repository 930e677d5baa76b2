-- positional items in constructors win over earlier explicit keys of the same index
local t = {[1] = "explicit", "positional"}
print(t[1])
local u = {"positional", [1] = "explicit"}
print(#u)
