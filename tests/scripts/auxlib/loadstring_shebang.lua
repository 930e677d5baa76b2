-- LuaJIT skips a first line starting with '#' in any chunk
print(loadstring("#!shebang line\nreturn 5")())
print(type(loadstring("#!x\nerror('line two')")))
print(pcall(loadstring("#!x\nerror('line two')")))
