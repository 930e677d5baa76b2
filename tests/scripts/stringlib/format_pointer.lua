-- %p: the address of a collectable value, NULL otherwise.
local f = string.format
print(f("%p|%p|%p|%p", nil, 1, true, false))
local t = {}
print(f("%p", t):match("^0x%x%x%x%x%x%x%x%x+$") ~= nil, f("%p", t) == f("%p", t))
print(f("%p", t) ~= f("%p", {}), f("%10p", nil))
