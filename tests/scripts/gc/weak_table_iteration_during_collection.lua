-- next() over a weak table while entries die between steps: every key seen
-- is a live one, and iteration never fails.
local t = setmetatable({}, {__mode = "k"})
local keep = {}
for i = 1, 2000 do
  local k = {i}
  t[k] = i
  if i % 3 == 0 then keep[#keep + 1] = k end
end
local sum, n = 0, 0
for k, v in pairs(t) do
  collectgarbage("step", 1)
  if k[1] ~= v then error("wrong entry") end
  sum, n = sum + 1, n + 1
end
collectgarbage()
collectgarbage()
local left = 0
for k, v in pairs(t) do left = left + 1 end
print(left, #keep, n >= #keep)
