-- string.lower and string.upper change ASCII letters only.
print(string.lower("Hello WORLD 123"), string.upper("Hello world 123"))
print(string.upper("\224\233\255abc") == "\224\233\255ABC", string.lower("\192\201XYZ") == "\192\201xyz")
print(("MiXeD\0CaSe"):lower() == "mixed\0case", ("@[`{"):upper(), ("@[`{"):lower())
print(string.upper(1e3), pcall(string.lower))
