-- goto leaves nested loops; a label at the end of a block may follow a local
for i = 1, 3 do
  for j = 1, 3 do
    if i * j == 4 then goto out end
  end
end
::out::
print("out")
do
  goto e
  local z = 1
  ::e::
end
print("end label ok")
do
  local i = 1
  ::top::
  if i <= 3 then io.write(i, " ") i = i + 1 goto top end
  print()
end
