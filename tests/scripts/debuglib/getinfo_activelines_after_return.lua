-- The line of a function's 'end' is active only when control can reach it:
-- LuaJIT adds no final return after a return or a tail call.
local function lines(f)
  local t = {}
  for l in pairs(debug.getinfo(f, "L").activelines) do t[#t + 1] = l end
  table.sort(t)
  return table.concat(t, " ")
end
print(lines(function(x)
  if x then return 1 else return 2 end
end))
print(lines(function(x)
  if x then return 1 end
  return 2
end))
print(lines(function(x)
  while x do return 1 end
end))
print(lines(function(x)
  do return x end
end))
print(lines(function(x)
  return x()
end))
print(lines(function(...)
  return ...
end))
print(lines(function(x)
  local function g() return x end
  return g
end))
print(lines(function(x)
  for i = 1, 2 do return i end
end))
print(lines(function(x)
  return x and 1 or 2
end))
print(lines(function(x)
  return x == 1
end))
print(lines(function(x)
  goto l
  ::l:: return 1
end))
print(lines(function(x)
  ::l:: if x then goto l end
  return 1
end))
print(lines(function(x)
  repeat return 1 until x
end))
print(lines(function(x)
  if x then return 1 elseif x == 2 then return 3 end
end))
print(lines(function()
  return 1
end))
print(lines(loadstring("return 1\n\n")), lines(loadstring("local x = 1\n\n")))
