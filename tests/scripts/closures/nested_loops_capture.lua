-- closures in nested loops capture both loop variables of their iteration
local fs = {}
for i = 1, 2 do
  for j = 1, 2 do
    fs[#fs + 1] = function() return i * 10 + j end
  end
end
for _, f in ipairs(fs) do io.write(f(), " ") end print()
