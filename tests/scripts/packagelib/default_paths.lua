-- the default paths search the current directory first and Lua 5.1's directories
local function has(path, template)
  for t in path:gmatch("[^;]+") do if t == template then return true end end
  return false
end
print(package.path:match("^[^;]*"), package.cpath:match("^[^;]*"))
print(has(package.path, "/usr/local/share/lua/5.1/?.lua"), has(package.path, "/usr/local/share/lua/5.1/?/init.lua"))
print(has(package.path, "/usr/share/lua/5.1/?.lua"), has(package.path, "/usr/share/lua/5.1/?/init.lua"))
print(has(package.cpath, "/usr/local/lib/lua/5.1/?.so"), package.cpath:match("[^;]*$"))
