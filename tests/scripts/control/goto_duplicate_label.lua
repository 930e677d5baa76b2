-- duplicate labels in the same block are errors; LuaJIT allows the same name in a nested block
print(loadstring("::a:: ::a::"))
print(loadstring("::a:: do ::a:: end") ~= nil)
print(loadstring("do ::a:: end do ::a:: end") ~= nil)
print(loadstring("local function f() ::a:: end ::a::") ~= nil)
