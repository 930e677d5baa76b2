-- A dumped function's upvalues load as fresh ones holding nil; its nested
-- closures share them as before.
local count, label = 10, "n"
local function counter()
    local function bump() count = (count or 0) + 1 return count end
    bump()
    return label, bump(), count
end
print(counter())
local loaded = load(string.dump(counter), "c", "b")
print(loaded())
print(loaded())
print(count, label)
local ok, err = pcall(load(string.dump(function() return label:upper() end), "=u", "b"))
print(ok, err)
