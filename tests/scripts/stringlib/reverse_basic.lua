-- string.reverse reverses bytes.
print(string.reverse("abc"), string.reverse("") == "", string.reverse(123))
print(("a\0b"):reverse() == "b\0a", ("\200\201"):reverse():byte(1, -1))
print(pcall(string.reverse))
