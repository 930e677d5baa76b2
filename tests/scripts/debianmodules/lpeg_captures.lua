-- lpeg captures: simple, table, substitution, folding, grammar
local lpeg = require "lpeg"
local P, R, S, C, Ct, Cs, V = lpeg.P, lpeg.R, lpeg.S, lpeg.C, lpeg.Ct, lpeg.Cs, lpeg.V
local word = C(R("az", "AZ")^1)
local list = Ct(word * ("," * word)^0)
print(table.concat(list:match("alpha,beta,gamma"), " "))
print(Cs((P"a" / "A" + 1)^0):match("banana"))
local sum = lpeg.Cf(C(R"09"^1) / tonumber * ("+" * C(R"09"^1) / tonumber)^0, function(a, b) return a + b end)
print(sum:match("1+22+333"))
local balanced = P{"(" * ((1 - S"()") + V(1))^0 * ")"}
print(balanced:match("(a(b)c)d"), balanced:match("(a(b"))
print(lpeg.match(lpeg.Cp() * P"x" * lpeg.Cp(), "x"))
