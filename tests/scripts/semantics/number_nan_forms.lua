-- NaN prints as nan (or -nan where LuaJIT does), never equals itself
local nan = 0 / 0
print(nan ~= nan, nan == nan, nan < nan, nan > nan, nan <= nan)
print(tostring(-(0/0)) == tostring(0/0) or "sign shown")
print(math.huge - math.huge ~= math.huge - math.huge)
