-- a few algebraic identities over a spread of values
local vals = {0, 1, -1, 2^31, 2^31 - 1, 0x5a5a5a5a, -12345678, 3.5, 2^40 + 17}
local ok = true
for _, a in ipairs(vals) do
    for _, b in ipairs(vals) do
        if bit.bxor(a, b) ~= bit.band(bit.bor(a, b), bit.bnot(bit.band(a, b))) then ok = false end
        if bit.bnot(bit.bor(a, b)) ~= bit.band(bit.bnot(a), bit.bnot(b)) then ok = false end
    end
    for n = 0, 40 do
        if bit.rol(a, n) ~= bit.bor(bit.lshift(a, n), bit.rshift(a, 32 - n % 32)) and n % 32 ~= 0 then ok = false end
        if bit.ror(bit.rol(a, n), n) ~= bit.tobit(a) then ok = false end
    end
    if bit.bswap(bit.bswap(a)) ~= bit.tobit(a) then ok = false end
end
print(ok)
