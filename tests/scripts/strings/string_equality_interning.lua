-- equal strings built in different ways compare equal
local a = "hel" .. "lo"
local b = string.format("%s", "hello")
local c = ("olleh"):reverse()
print(a == b, b == c, a == "hello", rawequal(a, c))
local t = {[a] = 1}
print(t[c], t.hello)
