-- memory in use drops after dropping a large table
local big = {}
for i = 1, 200000 do big[i] = {i} end
collectgarbage()
local before = collectgarbage("count")
big = nil
collectgarbage()
local after = collectgarbage("count")
print(after < before)
