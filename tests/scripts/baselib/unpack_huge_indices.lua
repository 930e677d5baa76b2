-- unpack's indices convert to 32 bits (out of range: INT32_MIN), so huge
-- or infinite ones give a nil or the "too many results" error, never a hang
local t = { 1, 2, 3 }
for _, v in ipairs({ 2 ^ 31, 2 ^ 32 + 3, 2 ^ 63, 1 / 0, -1 / 0, 0 / 0, -2 ^ 40, 2.5, -2.5 }) do
  print(v, pcall(unpack, t, v, v))
  print(v, pcall(unpack, t, v, 3))
  print(v, pcall(unpack, t, 1, v))
end
print(pcall(unpack, t, 2 ^ 31 - 1, 2 ^ 31 - 1))
print(pcall(unpack, t, -2 ^ 31, -2 ^ 31 + 1))
print(pcall(unpack, t, 2 ^ 31 - 2))
print(select("#", unpack(t, -1, 1)))
print(pcall(unpack, t, "x"))
print(pcall(unpack, t, nil, "2"))
