-- An error value in flight survives collections run by the message handler
-- and by finalizers.
local function handler(e)
  collectgarbage()
  collectgarbage()
  return e
end
local ok, e = xpcall(function()
  local obj = {payload = {}}
  for i = 1, 100 do obj.payload[i] = ("p%d"):format(i) end
  error(obj)
end, handler)
print(ok, type(e), e.payload[100])
do
  local u = newproxy(true)
  getmetatable(u).__gc = function() local t = {} for i = 1, 1000 do t[i] = {} end end
end
local ok2, e2 = pcall(function()
  local msg = {text = "boom"}
  error(setmetatable(msg, {__index = function() collectgarbage() return "meta" end}))
end)
collectgarbage()
print(ok2, e2.text, e2.other)
local co = coroutine.create(function() error({"from coroutine"}) end)
local ok3, e3 = coroutine.resume(co)
collectgarbage()
print(ok3, e3[1], coroutine.status(co))
