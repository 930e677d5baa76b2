-- __len works on userdata created by newproxy
local u = newproxy(true)
getmetatable(u).__len = function(x) return 42 end
print(#u, type(u))
