print(pcall(function() local r = io.stdout.write(1) return r end))
print(pcall(function() local f = io.stdout; local r = f.close({}) return r end))
print(pcall(function() local r = io.stdout.seek(nil) return r end))
