-- strings assembled in pieces around the buffer size
for _, n in ipairs({0, 1, 8191, 8192, 8193, 16384, 50000, 300000}) do
    local s = string.rep("ab", n / 2) .. (n % 2 == 1 and "c" or "")
    local parts = {}
    for i = 1, #s, 1000 do parts[#parts + 1] = s:sub(i, i + 999) end
    local joined = table.concat(parts)
    local big = table.concat({s, s, s}, "|")
    print(n, #joined, joined == s, #big)
end
