-- reads that cross many of the file's blocks: long lines, "*a", counts
local name = os.getenv("TEST_TMPDIR") .. "/data"
local parts = {}
for i = 1, 300 do
  parts[i] = string.rep(string.char(97 + i % 26), i * 37) .. "\n"
end
parts[#parts + 1] = string.rep("z", 70000)
local data = table.concat(parts)
local f = io.open(name, "wb")
f:write(data)
f:close()
f = io.open(name, "rb")
print(#f:read("*a") == #data)
f:seek("set")
print(f:read("*a") == data)
f:seek("set")
local ok, n = true, 0
for line in f:lines() do
  n = n + 1
  local want = parts[n]
  if want:sub(-1) == "\n" then want = want:sub(1, -2) end
  ok = ok and line == want
end
print(n, ok)
f:seek("set")
local chunks = {}
while true do
  local c = f:read(5003)
  if not c then break end
  chunks[#chunks + 1] = c
end
print(#chunks, table.concat(chunks) == data)
f:seek("set", 1000)
local a, b = f:read(99999, "*L")
print(#a, a == data:sub(1001, 100999), #b)
f:close()
local count = 0
for line in io.lines(name, "*L") do count = count + #line end
print(count == #data)
os.remove(name)
