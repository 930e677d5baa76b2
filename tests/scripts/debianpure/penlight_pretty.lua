-- Penlight's pl.pretty (Debian lua-penlight): write and read Lua data back
local pretty = require "pl.pretty"
print(pretty.write({1, 2, 3, {4, 5}, "x\ny", true}, ""))
print(pretty.write({10, 20, {sub = {true, false}}}))
print(pretty.write({list = {1, 2}}, " "))
local t = pretty.read("{1, 2, 'three', {four = 4}, 5.5e3, -0x10}")
print(#t, t[3], t[4].four, t[5], t[6])
-- read refuses code that would run functions
print(pretty.read("{os.exit()}"))
print(pretty.read("{1, 2,"))
print(pretty.write(pretty.read("{a = {b = {c = 'deep'}}}").a.b, ""))
print(pretty.number(123456789, "M"), pretty.number(2048, "N"))
