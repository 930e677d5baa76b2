-- Userdata still alive when the state closes are finalized then, newest first.
local keep = {}
for i = 1, 3 do
  local u = newproxy(true)
  getmetatable(u).__gc = function() print("closing", i) end
  keep[i] = u
end
print("end of script")
