-- the position is the line of the call, however the call is spread out
local function f(...)
    local r = table.concat(
        ...
    )
    return r
end
print(pcall(f, nil))
print(pcall(function()
    local t = {}
    table.insert(t,
        1, 2, 3)
end))
