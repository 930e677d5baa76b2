-- package.loaded holds every standard library under its global name
for _, name in ipairs({"_G", "package", "coroutine", "table", "io", "os", "string", "math", "bit"}) do
  print(name, package.loaded[name] ~= nil and package.loaded[name] == _G[name])
end
