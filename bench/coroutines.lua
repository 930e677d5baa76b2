-- coroutines: a generator through coroutine.wrap and a ring of coroutines
-- passing a token with resume/yield.
-- size: default 1500, check 2 (rounds)
local create, resume, yield, wrap = coroutine.create, coroutine.resume, coroutine.yield, coroutine.wrap

local function range(n)
  return wrap(function()
    for i = 1, n do yield(i) end
  end)
end

local function ring(size, passes)
  local members = {}
  for i = 1, size do
    members[i] = create(function(token)
      while true do token = yield(token + i % 3) end
    end)
  end
  local token = 0
  for _ = 1, passes do
    for i = 1, size do
      local ok, t = resume(members[i], token)
      if not ok then error(t) end
      token = t % 1000003
    end
  end
  return token
end

local rounds = tonumber(arg and arg[1]) or 1500
local sum = 0
for r = 1, rounds do
  for v in range(5000) do sum = sum + v % (r + 1) end
  sum = (sum + ring(100, 100)) % 1000003
end
print(string.format("coroutines x%d: %d", rounds, sum))
