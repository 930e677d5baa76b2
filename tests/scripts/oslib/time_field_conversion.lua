-- os.time converts each field to a C int: fractions truncate, numeric
-- strings convert, values beyond 32 bits wrap and beyond 64 bits give 0
local function utc(t)
  t.isdst = false
  local ok, v = pcall(os.time, t)
  if not ok then return v end
  return v and os.date("%Y-%m-%d %H:%M:%S", v)
end
print(utc({ year = 2000, month = 1, day = 1.9, hour = 12.99 }))
print(utc({ year = "2000", month = " 0x2 ", day = "3", hour = "4" }))
print(utc({ year = 2000, month = 1, day = 1, sec = 2 ^ 32 + 61 }))
print(utc({ year = 1e20, month = 1, day = 1 }))
print(utc({ year = -1e20, month = 1, day = 1 }))
print(utc({ year = 2000, month = 0 / 0, day = 1 }))
print(utc({ year = 2000, month = 1, day = 1, min = -2 ^ 63 }))
print(utc({ year = 2000, month = 1, day = 1, min = 2 ^ 63 }))
print(utc({ year = 2000, month = 1, day = 1, hour = "x" }))
print(utc({ year = 2000, month = 1, day = 1, hour = {} }))
print(utc({ year = 2000, month = 1, day = "x" }))
