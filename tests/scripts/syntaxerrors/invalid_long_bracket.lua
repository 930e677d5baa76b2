-- a [= not followed by another [ is an invalid long string delimiter
print(loadstring("x = [=abc", "=src"))
print(loadstring("x = [==", "=src"))
