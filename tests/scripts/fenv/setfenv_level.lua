-- setfenv(1, t) changes the environment of the running function
local function f()
  local print = print
  setfenv(1, {v = "level one"})
  print(v)
end
f()
print(v)
