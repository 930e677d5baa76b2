-- a line hook runs at each new line and when a loop jumps back
local lines = {}
debug.sethook(function(e, l) lines[#lines + 1] = e .. ":" .. l end, "l")
local a = 1
for i = 1, 3 do
  a = a + i
end
local b = a
debug.sethook()
print(table.concat(lines, " "))
