-- A nil or false replacement keeps the original match.
print(string.gsub("abc", "%w", function(c) if c == "b" then return "B" end end))
print(string.gsub("abc", "%w", function() return false end))
print(string.gsub("abc", "%w", {}))
print(string.gsub("abc", "%w", {a = false, b = "!"}))
