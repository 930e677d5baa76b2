-- a table constructor with boolean keys (compiled into a constant template)
-- survives string.dump and load
local function make() return {[true] = "yes", [false] = "no", [1] = "one", k = true} end
for _, strip in ipairs({false, true}) do
  local g = assert(load(string.dump(make, strip), "=dumped", "b"))
  local t = g()
  print(t[true], t[false], t[1], t.k)
end
