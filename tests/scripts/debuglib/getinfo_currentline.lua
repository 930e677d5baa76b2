-- getinfo 'l': the line each level is running
local function where(level)
  return debug.getinfo(level, "l").currentline
end
local function g()
  return where(2), where(3)
end
print(g())
print(debug.getinfo(1, "l").currentline)
print(debug.getinfo(print, "l").currentline)
print(debug.getinfo(1, "l").currentline)
