-- gmatch moves one byte on after an empty match, and may match empty right
-- after a non-empty one.
local function all(s, p)
    local t = {}
    for m in s:gmatch(p) do t[#t + 1] = "[" .. m .. "]" end
    return #t .. " " .. table.concat(t)
end
print(all("abc", ""))
print(all("abc", "x*"))
print(all("aab", "a*"))
print(all("", "a*"))
print(all("a,b,,c", "[^,]*"))
