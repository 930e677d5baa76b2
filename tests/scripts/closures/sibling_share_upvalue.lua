-- closures made in one scope share the upvalue; nested ones too
local function mk()
  local v = 0
  return function() v = v + 1 return v end, function() return v end
end
local inc, get = mk()
inc() inc()
print(get())
local inc2, get2 = mk()
inc2()
print(get(), get2())
local function outer()
  local x = 1
  return function() return function() x = x + 1 return x end end
end
local f = outer()()
print(f(), f())
