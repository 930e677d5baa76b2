-- An uncaught format error ends the script.
print("before")
print(string.format("%d items", 3))
print(string.format("%q %z", "x", 1))
print("not reached")
