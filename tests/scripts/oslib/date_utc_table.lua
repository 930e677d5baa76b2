-- os.date("!*t") returns the UTC fields, isdst false
local function show(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys)
  for i, k in ipairs(keys) do keys[i] = k .. "=" .. tostring(t[k]) end
  print(table.concat(keys, " "))
end
show(os.date("!*t", 0))
show(os.date("!*t", 1234567890))
show(os.date("!*t", 951782400))
show(os.date("!*t", -1))
print(os.date("!*t", 86399.9).sec)
