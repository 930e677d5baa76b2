-- each iteration of a generic for has fresh loop variables
local fs = {}
for i, v in ipairs({"a", "b", "c"}) do
  fs[#fs + 1] = function() return i .. v end
end
print(fs[1](), fs[2](), fs[3]())
