-- labels are visible in the enclosing blocks but not in nested functions
print(loadstring("goto nope"))
print(loadstring("do ::inner:: end goto inner"))
print(loadstring("::l:: local function f() goto l end"))
print(loadstring("do goto fine end ::fine::") ~= nil)
