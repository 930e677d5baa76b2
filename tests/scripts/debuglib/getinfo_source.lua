-- getinfo 'S': where a function comes from
local function f()
  return 1
end
local i = debug.getinfo(f, "S")
print(i.source, i.short_src, i.what, i.linedefined, i.lastlinedefined)
i = debug.getinfo(1, "S")
print(i.source, i.short_src, i.what, i.linedefined)
i = debug.getinfo(print, "S")
print(i.source, i.short_src, i.what, i.linedefined, i.lastlinedefined)
i = debug.getinfo(loadstring("return 1", "=custom"), "S")
print(i.source, i.short_src, i.what)
i = debug.getinfo(loadstring("return 1"), "S")
print(i.source, i.short_src, i.what)
