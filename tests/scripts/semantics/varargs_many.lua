-- thousands of values through unpack, select and varargs
local big = {}
for i = 1, 5000 do big[i] = i end
local function cnt(...) return select("#", ...) end
print(cnt(unpack(big)))
print(select(4999, unpack(big)))
local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + (select(i, ...)) end
  return s
end
print(sum(unpack(big, 1, 250)))
local function pass(...) return ... end
print(cnt(pass(unpack(big))))
