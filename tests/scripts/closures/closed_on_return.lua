-- upvalues are closed when a function returns from inside nested blocks
local function mk()
  for i = 1, 5 do
    local captured = "v" .. i
    if i == 2 then
      return function() return captured end
    end
  end
end
local f = mk()
print(f())
