-- concatenation uses the same number formatting as tostring
for _, v in ipairs({0.5, 1e15, 1e16, -1.25e-10, 255, 2^53 + 1}) do
  print(v .. "", tostring(v) == v .. "")
end
