-- os.date("*t") gives local fields that os.time turns back into the time
for _, t in ipairs({ 0, 86400 * 200, 1234567890, 1700000000 }) do
  local d = os.date("*t", t)
  local n = 0
  for _ in pairs(d) do n = n + 1 end
  print(n, type(d.isdst), os.time(d) == t)
end
print(os.date("%Y-%m-%d %H:%M:%S", 1234567890) ==
  os.date("%Y-%m-%d %H:%M:%S", os.time(os.date("*t", 1234567890))))
