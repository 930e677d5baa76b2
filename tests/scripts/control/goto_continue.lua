-- the continue idiom with goto, in for, while and repeat
for i = 1, 3 do
  for j = 1, 3 do
    if j == 2 then goto continue end
    io.write(i, j, " ")
    ::continue::
  end
end
print()
local n = 0
repeat
  n = n + 1
  if n % 2 == 1 then goto cont end
  io.write(n, " ")
  ::cont::
until n >= 6
print()
local i = 0
while i < 5 do
  i = i + 1
  if i == 3 then goto next end
  io.write(i, " ")
  ::next::
end
print()
