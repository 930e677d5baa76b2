-- count is in kilobytes, with a fraction, and follows what the program holds.
collectgarbage()
local before = collectgarbage("count")
local big = {}
for i = 1, 100000 do big[i] = {} end
local during = collectgarbage("count")
print(during - before > 1000)
big = nil
collectgarbage()
collectgarbage()
local after = collectgarbage("count")
print(during - after > 1000)
print(math.floor(after) ~= after or after == math.floor(after))
