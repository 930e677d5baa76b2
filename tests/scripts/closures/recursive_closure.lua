-- a local function captures itself as an upvalue
local function mk()
  local function down(n) if n == 0 then return "done" end return down(n - 1) end
  return down
end
print(mk()(50))
