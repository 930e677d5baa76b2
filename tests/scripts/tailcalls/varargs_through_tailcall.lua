-- varargs are forwarded unchanged by tail calls
local function count(...) return select("#", ...) end
local function go(n, ...)
  if n == 0 then return count(...) end
  return go(n - 1, ...)
end
print(go(500000, 1, nil, 3, nil))
