-- parenthesised prefix expressions
local t = {a = {b = 5}}
print((t).a.b, (t.a).b, ((t)).a["b"])
local f = function() return function() return "inner" end end
print((f)()(), (f())())
print(("%d"):format(7))
