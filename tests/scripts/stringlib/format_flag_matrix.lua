-- every conversion with combinations of flags, width and precision, on
-- values that exercise signs, zero, infinities and NaN
local specs = { "d", "i", "u", "c", "x", "X", "o", "e", "E", "f", "g", "G", "a", "A", "s", "q" }
local forms = { "", "-", "+", " ", "#", "0", "-0", "+ ", "#0", "-+#0 ", "5", "-5", "05", "12",
  ".", ".0", ".3", "+.3", "#.0", "-12.3", "012.3", " 5.10" }
local vals = { 0, -0.0, 1, -2.5, 255, 1e10, -2 ^ 31, 1 / 0, -1 / 0, 0 / 0, 123.456, 65 }
for _, s in ipairs(specs) do
  for _, form in ipairs(forms) do
    local fmt = "%" .. form .. s
    local out = {}
    for _, v in ipairs(vals) do
      local arg = (s == "s" or s == "q") and tostring(v) or v
      local ok, r = pcall(string.format, fmt, arg)
      out[#out + 1] = ok and "[" .. r .. "]" or "error: " .. r
    end
    print(fmt, table.concat(out, " "))
  end
end
