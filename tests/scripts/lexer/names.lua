-- identifiers: letters, digits, underscores, case sensitivity, keyword-like names
local _ = 1
local _x9, X9, x9 = 2, 3, 4
local andy, ifx, end_ = 5, 6, 7
local __index = 8
print(_, _x9, X9, x9, andy, ifx, end_, __index)
local t = {}
t["end"] = "kw"
print(t["end"])
