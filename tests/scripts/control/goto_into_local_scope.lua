-- jumping forward into the scope of a local is an error
print(loadstring("goto f; local x; ::f:: print(x)"))
print(loadstring("do goto f; local x; ::f:: end") ~= nil)
print(loadstring("goto f; local x; ::f:: ::g::") ~= nil)
