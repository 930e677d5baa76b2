-- Structures built and changed while the collector is between steps: new
-- string keys, rehashes, array growth, upvalue writes, new metatables and
-- environments, growing coroutine stacks. Every value is checked at the end.
local seed = 12345
local function rnd(n)
  seed = (seed * 1103515245 + 12345) % 2147483648
  return math.floor(seed / 65536) % n + 1
end
local step = function() collectgarbage("step", 0) end

local function run(stepmul, rounds)
  collectgarbage()
  collectgarbage("setstepmul", stepmul)
  local hash, arr, cells, objs, fns, cos = {}, {}, {}, {}, {}, {}
  local setters = {}
  for i = 1, 20 do
    local x
    setters[i] = {function(v) x = v end, function() return x end}
  end
  for r = 1, rounds do
    local op = rnd(8)
    if op == 1 then -- new string keys, fresh values
      hash["key" .. r .. "_" .. rnd(1000)] = {r}
    elseif op == 2 then -- array growth
      arr[#arr + 1] = {r, tostring(r)}
    elseif op == 3 then -- deletions then inserts: rehash with dead keys
      local k = next(hash)
      if k then hash[k] = nil end
      hash[{}] = nil
      hash[r + 0.5] = {r}
    elseif op == 4 then -- upvalue writes
      local s = setters[rnd(20)]
      s[1]({r, "up" .. r})
      cells[#cells + 1] = s
    elseif op == 5 then -- a fresh metatable on an existing object
      local o = objs[rnd(#objs + 1)] or {}
      setmetatable(o, {__index = {val = "mt" .. r}})
      objs[#objs + 1] = o
    elseif op == 6 then -- a fresh environment
      local f = function() return val end
      setfenv(f, {val = {"env" .. r}})
      fns[#fns + 1] = f
    elseif op == 7 then -- a coroutine whose stack grows with fresh values
      local depth = rnd(60)
      local co = coroutine.create(function()
        local function down(n)
          local here = {n, "lvl" .. n}
          if n == 0 then coroutine.yield() return 0 end
          local below = down(n - 1)
          assert(here[2] == "lvl" .. here[1])
          return below + here[1]
        end
        return down(depth)
      end)
      coroutine.resume(co)
      cos[#cos + 1] = {co, depth}
    else -- strings made from strings
      arr[#arr + 1] = {r, string.rep("s", r % 17) .. r}
    end
    step()
  end
  -- check everything
  local n = 0
  for k, v in pairs(hash) do
    if type(k) == "string" then assert(k:match("^key(%d+)_") == tostring(v[1])) end
    n = n + 1
  end
  for i, v in ipairs(arr) do
    assert(type(v[1]) == "number" and (v[2] == tostring(v[1]) or v[2]:sub(-#tostring(v[1])) == tostring(v[1])))
  end
  for _, s in ipairs(cells) do
    local v = s[2]()
    assert(v[2] == "up" .. v[1])
  end
  for _, o in ipairs(objs) do assert(o.val:match("^mt%d+$")) end
  for _, f in ipairs(fns) do assert(f()[1]:match("^env%d+$")) end
  local sum = 0
  for _, c in ipairs(cos) do
    local ok, res = coroutine.resume(c[1])
    assert(ok and res == c[2] * (c[2] + 1) / 2)
    sum = sum + res
  end
  collectgarbage("setstepmul", 200)
  return n, #arr, #cells, #objs, #fns, #cos, sum
end

print(run(1, 1500))
print(run(10, 1500))
print(run(200, 1500))
print(run(1000, 500))
