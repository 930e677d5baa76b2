-- closing returns true and the handle becomes a "closed file" for good:
-- every method then raises "attempt to use a closed file"
local name = os.getenv("TEST_TMPDIR") .. "/data"
local f = io.open(name, "w")
print(io.type(f), f:close(), io.type(f), tostring(f))
f = io.open(name)
print(io.close(f), io.type(f))
os.remove(name)
local calls = {
  { "close", function() f:close() end },
  { "flush", function() f:flush() end },
  { "lines", function() f:lines() end },
  { "read", function() f:read() end },
  { "seek", function() f:seek() end },
  { "setvbuf", function() f:setvbuf("no") end },
  { "write", function() f:write("x") end },
  { "io.close", function() io.close(f) end },
  { "io.input", function() io.input(f) end },
  { "io.output", function() io.output(f) end },
}
for _, c in ipairs(calls) do
  local ok, msg = pcall(c[2])
  print(c[1], ok, msg)
end
print(tostring(f), io.type(f))
