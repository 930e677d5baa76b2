-- setfenv(0, t) sets the running thread's environment
local co = coroutine.create(function()
  local newg = setmetatable({}, {__index = _G})
  setfenv(0, newg)
  return getfenv(0) == newg
end)
print(coroutine.resume(co))
print(getfenv(0) == _G)
