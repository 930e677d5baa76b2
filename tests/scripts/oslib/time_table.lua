-- os.time(table) reads the local fields, with hour 12, min 0, sec 0 by
-- default, and normalises values out of range
local function t(y, m, d, h, mi, s)
  return os.time({ year = y, month = m, day = d, hour = h, min = mi, sec = s })
end
print(t(2009, 2, 14, 0, 0, 0) - t(2009, 2, 13, 0, 0, 0))
print(os.time({ year = 2009, month = 2, day = 14 }) - t(2009, 2, 14, 0, 0, 0))
print(t(2009, 13, 1, 12, 0, 0) == t(2010, 1, 1, 12, 0, 0))
print(t(2009, 3, 0, 12, 0, 0) == t(2009, 2, 28, 12, 0, 0))
print(t(2009, 1, 1, 12, 0, 90) - t(2009, 1, 1, 12, 0, 0))
print(t(2009, 1, 1, 12, -60, 0) == t(2009, 1, 1, 11, 0, 0))
print(t("2009", "1", "1", "12", "0", "0") == t(2009, 1, 1, 12, 0, 0))
local d = { year = 2009, month = 14, day = 40 }
os.time(d)
print(d.month, d.day, d.hour, d.wday)
print(os.date("%Y-%m-%d %H:%M:%S", t(2012, 2, 29, 23, 59, 59)))
