-- deep but bounded recursion within the stack limit works
local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
print(depth(10000))
local function build(n) if n == 0 then return {} end return {build(n - 1)} end
local t = build(5000)
local d = 0
while t[1] do t = t[1] d = d + 1 end
print(d)
