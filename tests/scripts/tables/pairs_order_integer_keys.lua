-- next() visits the integer keys of the array part first, in order; which
-- keys are there follows LuaJIT's sizing of the array part.
local function keys(t)
  local r = {}
  for k in pairs(t) do r[#r + 1] = tostring(k) end
  return table.concat(r, " ")
end
local t = {} t[1] = 1 t[4] = 1
print(keys(t))
t = {} for i = 10, 1, -1 do t[i] = i end
print(keys(t))
t = {} for i = 1, 10 do t[i * 2] = i end
print(keys(t))
t = {} t[5] = 5 t[6] = 6 t[7] = 7 t[8] = 8
print(keys(t))
t = {} t[3] = 3 t[2] = 2 t[1] = 1
print(keys(t))
t = {[1] = 1, [3] = 3, [5] = 5, [7] = 7}
print(keys(t))
t = {1, 2, 3, 4, 5, 6, 7, 8} t[12] = 1
print(keys(t))
