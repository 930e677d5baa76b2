-- bad arguments to sethook
print(pcall(debug.sethook, 1, "l"))
print(pcall(debug.sethook, print, {}))
print(pcall(debug.sethook, print))
print(pcall(debug.sethook, function() end, "l", "x"))
print(debug.gethook())
