-- '^' anchors only at the start of a pattern and '$' only at its end.
print(("abc"):match("^abc$"), ("abcd"):match("^abc$"), ("x^y$z"):match("^x^y$z$"))
print(("a$b"):find("$b"), ("abc"):find("c$"), ("abc"):find("b$"))
print(("abc"):gsub("$", "!"), ("abc"):gsub("^", "!"), ("aaa"):gsub("^a", "b"))
