-- a backward goto forms a loop
local i = 1
local s = ""
::again::
s = s .. i
i = i + 1
if i <= 5 then goto again end
print(s)
