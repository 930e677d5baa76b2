-- A call reuses stack slots that an earlier, deeper call left values in:
-- missing parameters, locals declared without a value and nil-initialised
-- temporaries still read nil.
local function fill(...)
  local a, b, c, d, e, f, g, h = "x", "x", "x", "x", "x", "x", "x", "x"
  local t = {a, b, c, d, e, f, g, h, ...}
  return #t
end

local function probe(p1, p2, p3)
  local l1, l2
  local l3 = nil
  local l4, l5 = 1
  return p1, p2, p3, l1, l2, l3, l4, l5
end

local function vprobe(p1, p2, ...)
  local l1, l2
  return p1, p2, select('#', ...), l1, l2
end

for _ = 1, 3 do
  fill(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
  print(probe())
  fill(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
  print(probe(1))
  fill(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
  print(vprobe())
  fill(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
  print(vprobe(1, 2, 3))
end
