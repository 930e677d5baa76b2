-- ordinary recursion ten thousand deep, and recursion through pcall
local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
print(depth(10000))
local function deepc(k) if k == 0 then return 0 end return 1 + select(2, pcall(deepc, k - 1)) end
print(deepc(150))
