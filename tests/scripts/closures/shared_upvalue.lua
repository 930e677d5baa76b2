-- two closures created in the same scope share one upvalue
local function make()
  local v = 0
  local function get() return v end
  local function set(x) v = x end
  return get, set
end
local get, set = make()
print(get())
set(42)
print(get())
local get2, set2 = make()
set2(7)
print(get(), get2())
