-- A metatable that was found without __index / __newindex gains one later,
-- also through a key that held the field before (a cleared slot), and
-- through a global store when the metatable is the environment.
local mt = {}
local o = setmetatable({}, mt)
print(o.x)
mt.__index = {x = 1}
print(o.x)
mt.__index = nil
print(o.x)
mt.__index = {x = 2}
print(o.x)

local log = {}
o.a = 1
mt.__newindex = function(t, k, v) log[#log + 1] = k end
o.b = 2
mt.__newindex = nil
o.c = 3
mt.__newindex = function(t, k, v) log[#log + 1] = k end
o.d = 4
print(rawget(o, "a"), rawget(o, "b"), rawget(o, "c"), rawget(o, "d"), table.concat(log, " "))

local env = setmetatable({print = print, getmetatable = getmetatable}, {})
local function run()
  y = 1
  print(z)
  getmetatable(env).__index = function(_, k) return k .. "!" end
  print(y)
  print(z)
end
setfenv(run, env)
run()

-- a metatable made a field of itself through a plain table store
local mt2 = {}
local p = setmetatable({}, mt2)
print(p.q)
local k = "__index"
mt2[k] = {q = "via TSETV"}
print(p.q)
