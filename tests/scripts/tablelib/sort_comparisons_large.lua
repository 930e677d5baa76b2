-- the sequence of comparisons on larger inputs, summarised by a checksum
local function run(name, t)
    local n, h = 0, 0
    table.sort(t, function(a, b)
        n = n + 1
        h = (h * 31 + a * 7 + b) % 2147483647
        return a < b
    end)
    print(name, n, h, t[1], t[#t])
end
local seed = 12345
local function rnd(m) seed = (seed * 1103515245 + 12345) % 2147483648; return seed % m end
local n = 3000
local a, b, c, d, e = {}, {}, {}, {}, {}
for i = 1, n do
    a[i] = rnd(100000)
    b[i] = i
    c[i] = n - i
    d[i] = i % 7
    e[i] = i < n / 2 and i or n - i
end
run("random", a)
run("sorted", b)
run("reversed", c)
run("fewvalues", d)
run("organpipe", e)
