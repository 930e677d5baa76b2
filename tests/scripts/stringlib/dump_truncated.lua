-- A truncated or cut-off binary chunk is an error, never a crash.
local bin = string.dump(function(a, b) local t = {a, b, "s", 1.5} return t[1] + #t end)
local failures = 0
for n = 1, #bin - 1 do
    local f, err = load(bin:sub(1, n), "=cut", "b")
    if f == nil and type(err) == "string" then failures = failures + 1 end
end
print(failures == #bin - 1)
print(load(bin, "=whole", "b")(1, 2))
print(load(bin .. "", "=again", "b")(3, 4))
