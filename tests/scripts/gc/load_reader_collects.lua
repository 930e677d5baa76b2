-- A reader function that runs the collector between every piece of source:
-- what the parser has built so far (names, strings, constants, nested
-- functions, table templates) must survive.
local src = [[
local names = {alpha = "first", beta = "second", [3.5] = "third"}
local function outer(a, b)
  local function inner(c) return c .. "!" .. names.alpha end
  return inner(a .. b), {1, 2, 3, x = "y"}
end
local s, t = outer("long string piece number one ", "and two")
return s, t.x, names[3.5], #t, "a constant string built " .. "at compile time"
]]
local pos = 0
local function reader()
  collectgarbage()
  local junk = {}
  for i = 1, 50 do junk[i] = {tostring(i)} end
  pos = pos + 1
  if pos > #src then return nil end
  return src:sub(pos, pos)
end
local f, err = load(reader, "=chunk")
print(type(f), err)
collectgarbage()
print(f())
