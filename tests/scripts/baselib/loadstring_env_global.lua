-- loaded chunks run in the global environment and can define globals
loadstring("defined_in_chunk = 99")()
print(defined_in_chunk)
local f = loadstring("local x = 5 return x")
print(f(), x)
