-- Line hooks never see the line of 'end' after a function's last return;
-- they see it when control falls off the end.
local function a()
  local x = 1
end
local function b()
  return 1
end
local function c(f)
  return f()
end
local function d(x)
  if x then
    return 1
  end
end
local hits = {}
debug.sethook(function(_, l) hits[#hits + 1] = l end, "l")
a() b() c(a) d(true) d(false)
debug.sethook()
print(table.concat(hits, " "))
