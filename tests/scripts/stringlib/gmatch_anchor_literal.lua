-- In gmatch, '^' is an ordinary character.
local n = 0
for m in ("abc"):gmatch("^a") do n = n + 1 end
print(n)
for m in ("x^a^ab"):gmatch("^a") do io.write(m, " ") end
print()
for a, b in ("k1=v1;k2=v2"):gmatch("(%w+)=(%w+)") do io.write(a, ":", b, " ") end
print()
