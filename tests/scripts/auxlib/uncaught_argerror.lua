local function check(t)
    table.insert(t, "x")
end
check({})
print("ok")
check("not a table")
