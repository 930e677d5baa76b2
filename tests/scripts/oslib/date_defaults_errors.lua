-- os.date defaults to "%c" and the current time; it checks its arguments,
-- and a time it cannot represent gives nil
print(type(os.date()), os.date() == os.date("%c") or "second changed")
print(type(os.date("!*t").year), os.date("!*t").isdst)
print(os.date("!%Y", "86400"))
print(os.date("!*t", 1e300), os.date("!%Y", -1e300))
print(pcall(function() local s = os.date("%c", "soon") return s end))
print(pcall(function() local s = os.date({}) return s end))
print(pcall(function() local s = os.date("%c", {}) return s end))
