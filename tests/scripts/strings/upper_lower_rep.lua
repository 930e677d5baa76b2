-- case conversion and rep leave other bytes alone
print(("aBc\0xYz"):upper() == "ABC\0XYZ", ("MiXeD 123"):lower())
print(("ab"):rep(3, "-"), ("x"):rep(0), ("x"):rep(-1) == "")
