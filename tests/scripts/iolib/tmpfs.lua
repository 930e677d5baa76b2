-- files on a tmpfs (found in /proc/mounts, /dev/shm preferred) behave the same
local base = os.tmpname()
os.remove(base)
base = base:match("[^/]+$")
local dir
for line in io.lines("/proc/mounts") do
  local point, kind = line:match("^%S+ (%S+) (%S+) ")
  if kind == "tmpfs" and (dir == nil or point == "/dev/shm") then
    local probe = io.open(point .. "/" .. base, "w")
    if probe then
      probe:close()
      os.remove(point .. "/" .. base)
      dir = point
    end
  end
end
if not dir then
  print("no writable tmpfs mounted")
  return
end
local name = dir .. "/" .. base
local function show(...)
  local out = { ... }
  for i = 1, select("#", ...) do
    local v = out[i]
    if type(v) == "string" and v:sub(1, #name) == name then
      v = "NAME" .. v:sub(#name + 1)
    end
    out[i] = tostring(v)
  end
  print(table.concat(out, "\t"))
end
local f = assert(io.open(name, "w+b"))
local data = string.rep("tmpfs line\n", 5000) .. "tail"
show(f:write(data))
show(f:seek("set"))
show(f:read("*a") == data)
show(f:seek("set", 11), f:read("*l"))
show(f:seek("end", -4), f:read(10))
f:close()
local n = 0
for _ in io.lines(name) do n = n + 1 end
show(n)
show(os.rename(name, name .. ".moved"))
show(io.open(name))
show(os.remove(name .. ".moved"))
show(os.remove(name))
