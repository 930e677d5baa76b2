-- every strftime conversion letter, E/O modifiers, flags glibc accepts and
-- malformed ones, on a fixed time in UTC
local t = 946684800 + 86400 * 45 + 3600 * 13 + 61
local letters = "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%+"
for i = 1, #letters do
  local c = letters:sub(i, i)
  print(c, pcall(os.date, "!%" .. c, t))
end
for _, c in ipairs({ "%Ec", "%EC", "%Ex", "%EX", "%Ey", "%EY", "%Od", "%Oe", "%OH", "%OI", "%Om",
  "%OM", "%OS", "%Ou", "%OU", "%OV", "%Ow", "%OW", "%Oy", "%", "abc%", "%Q", "%5d", "%-d", "%_d",
  "%0e", "%^a", "%#a", "%E", "%O", "%Ez", "%Oz", "%10Y", "%-10Y" }) do
  print(c, pcall(os.date, "!" .. c, t))
end
