-- \z skips the following whitespace including newlines
local s = "abc\z
           def\z    ghi"
print(s, #s)
local t = "x\z

    y"
print(t)
print("1\z2")
