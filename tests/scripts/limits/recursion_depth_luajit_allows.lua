-- Non-tail recursion as deep as LuaJIT's stack allows small frames to go
-- (about 21800 calls of this function there) must run here too.
local function r(k) if k == 0 then return 0 end return 1 + r(k - 1) end
print(pcall(r, 21000))
local function r2(k, a, b, c) local x, y = 1, 2 if k == 0 then return 0 end return 1 + r2(k - 1, a, b, c) end
print(pcall(r2, 8000))
-- and unbounded recursion still ends in "stack overflow"
local function inf() return 1 + inf() end
print(pcall(inf))
