-- Exact ties round away from zero in %f, %e, %g and %a.
local f = string.format
local t = {}
for k = 0, 9 do t[#t + 1] = f("%.0f", k + 0.5) end
print(table.concat(t, " "))
print(f("%.0f|%.0f|%.1f|%.1f|%.2f|%.2f", -0.5, -1.5, 0.25, 0.35, 0.125, 1.005))
print(f("%.0e|%.0e|%.1e|%.2e", 25, 35, 1.25, 0.125))
print(f("%.1g|%.1g|%.2g|%.2g|%.3g", 2.5, 0.25, 105, 8.5, 0.0625))
print(f("%.1a|%.1a|%.0a", 1.03125, 1.09375, 0.75))
