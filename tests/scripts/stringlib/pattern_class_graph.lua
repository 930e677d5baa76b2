-- %g (printable except space, a LuaJIT extension) and %G against all 256 bytes
for _, c in ipairs({"%g", "%G", "[%g]", "[^%g]"}) do
  local t = {}
  for b = 0, 255 do
    if string.find(string.char(b), c) then t[#t + 1] = b end
  end
  print(c, #t, t[1], t[#t])
end
print(("  a+b = c  "):match("%g+"))
print(("x y\tz"):gsub("%G", "_"))
