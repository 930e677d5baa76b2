-- every escape: decimal, hex, \z, \u{...}, the letter escapes
print("\65\066\0677", "\x41\x62", "a\z
      b", "\u{48}\u{49}")
print(#"\u{7FF}", #"\u{FFFF}", #"\u{10FFFF}")
print("\a\b\f\n\r\t\v\\\"\'" == "\7\8\12\10\13\9\11\92\34\39")
print("\09912", "\0" == "\x00", #"\z   
   
   x")
print(("a\0b"):byte(1, -1))
