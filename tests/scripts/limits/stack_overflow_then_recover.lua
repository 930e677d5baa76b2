-- after a stack overflow the interpreter keeps working and can overflow again
local function rec() local x = rec() return x end
for i = 1, 3 do
  local ok, err = pcall(rec)
  print(i, ok, tostring(err):find("stack overflow", 1, true) ~= nil)
end
local function sum(n) if n == 0 then return 0 end return n + sum(n - 1) end
print(sum(5000))
