-- An uncaught pattern error ends the script.
print(("abc"):match("b"))
local r = ("abc"):gsub("%", "x")
print(r)
