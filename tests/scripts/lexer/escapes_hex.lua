-- \xXX escapes in both cases
print("\x41\x62\x7A", string.byte("\xff\x00\xFf", 1, -1))
print("\x4a\x4B" .. "\x30")
print(#"\x00\x00")
