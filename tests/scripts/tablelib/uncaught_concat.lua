local function build(parts)
    local s = table.concat(parts, "+")
    return s
end
print(build({"a", "b"}))
print(build({"a", {}, "c"}))
