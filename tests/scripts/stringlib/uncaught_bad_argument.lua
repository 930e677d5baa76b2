-- An uncaught argument error ends the script.
local s = "abc"
print(s:rep(2))
local r = s:rep("many")
print(r)
