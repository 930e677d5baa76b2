-- getinfo 'L': the lines that have code
local function f(a)
  local b = a

  if b then
    b = 2
  end
end
local lines = {}
for l in pairs(debug.getinfo(f, "L").activelines) do lines[#lines + 1] = l end
table.sort(lines)
print(table.concat(lines, " "))
print(debug.getinfo(print, "L").activelines)
