-- .. is right associative and binds looser than arithmetic
local log = {}
local mt = {__concat = function(a, b)
  local x = type(a) == "table" and a.n or a
  local y = type(b) == "table" and b.n or b
  log[#log + 1] = x .. "+" .. y
  return {n = "(" .. x .. y .. ")"}
end}
local function v(s) return setmetatable({n = s}, mt) end
local r = v("a") .. v("b") .. v("c")
print(r.n)
print(table.concat(log, " "))
print(1 + 2 .. 3 * 4)
print("x" .. 2 ^ 2)
