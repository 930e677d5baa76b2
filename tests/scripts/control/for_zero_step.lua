-- a zero step: LuaJIT loops forever upwards, never downwards
print(pcall(function() for i = 1, 10, 0 do error("zero step runs") end end))
local n = 0
for i = 5, 1, 0 do n = n + 1 if n > 3 then break end end
print("down", n)
