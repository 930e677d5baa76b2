-- tonumber(tostring(x)) gives x back for numbers printed with 14 digits
for _, v in ipairs({1, -1, 0.5, 123.25, 1e10, 2^40, -2^40, 1e-3}) do
  io.write(tostring(tonumber(tostring(v)) == v), " ")
end
print()
print(tonumber(tostring(1/3)) == 1/3, tostring(1/3))
