print(bit.tobit("12"), bit.tobit("0x10"), bit.tobit(" 7 "), bit.tobit("1e3"), bit.tobit("0xffffffff"))
print(pcall(function() local r = bit.tobit("x") return r end))
