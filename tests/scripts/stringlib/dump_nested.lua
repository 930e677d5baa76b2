-- Nested closures, loops, goto and every kind of constant, dumped and loaded
-- back: each function gives the same results as the original.
local function program(n)
    local acc = {}
    local function add(x) acc[#acc + 1] = x end
    for i = 1, n do
        add(i * 2 - 1)
    end
    for i = n, 1, -2 do add(-i) end
    for k, v in ipairs({"a", "b", "c"}) do add(k .. v) end
    local i = 0
    while true do
        i = i + 1
        if i > 3 then break end
        add(i % 2 == 0 and "even" or "odd")
    end
    repeat
        local c = i
        add(function() return c end)
        i = i - 1
    until i < 2
    for j = 1, 3 do
        if j == 2 then goto continue end
        add("j" .. j)
        ::continue::
    end
    local s = "x" .. n .. "y" .. 1.5
    local t = {1, 2, 3, k = true, [10] = false, s = "s"}
    add(s); add(#t); add(t.k); add(t[10]); add(t.s)
    add(n ^ 2); add(-n); add(not n); add(n ~= 3); add(n <= 3); add(n > 3)
    add(2 ^ 0.5 > 1.41); add(7 % 3); add(7 / 2); add("10" + 1)
    local mt = setmetatable({}, {__index = function(_, k) return k .. "!" end})
    add(mt.hello)
    local co = coroutine.wrap(function(a) local b = coroutine.yield(a + 1) return b * 2 end)
    add(co(1)); add(co(5))
    return acc
end
local function show(acc)
    local out = {}
    for i, v in ipairs(acc) do
        out[i] = type(v) == "function" and "f" .. v() or tostring(v)
    end
    return table.concat(out, " ")
end
print(show(program(4)))
print(show(load(string.dump(program), "p", "b")(4)))
print(show(load(string.dump(program, true), "p", "b")(4)))
