-- \u{...} escapes produce UTF-8 byte sequences
print(string.byte("\u{41}", 1, -1))
print(string.byte("\u{e9}", 1, -1))
print(string.byte("\u{20AC}", 1, -1))
print(string.byte("\u{1F600}", 1, -1))
print(#"\u{7F}", #"\u{80}", #"\u{7FF}", #"\u{800}", #"\u{FFFF}", #"\u{10000}")
print("\u{48}\u{0069}")
