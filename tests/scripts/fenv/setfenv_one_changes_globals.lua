-- setfenv(1, t) inside a function changes the globals it sees from then on
local function g()
  setfenv(1, {print = print})
  z = 5
  print(z, getfenv == nil)
end
g()
print(z)
