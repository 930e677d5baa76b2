-- io.popen runs a command and reads its output; closing returns true
-- whatever the command's exit status (LuaJIT 2.1)
local p = io.popen("echo hello; echo world")
print(io.type(p))
for line in p:lines() do
  print(line)
end
print(p:close())
p = io.popen("printf '1 2.5'", "r")
print(p:read("*n", "*n"))
print(p:close())
print(io.popen("exit 3"):close())
print(io.popen("kill -9 $$"):close())
