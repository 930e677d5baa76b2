-- setfenv(0, t) changes the global environment of the running thread
local saved = _G
local co = coroutine.create(function()
  setfenv(0, {marker = "thread env"})
  return getfenv(0).marker
end)
print(coroutine.resume(co))
print(getfenv(0) == saved)
