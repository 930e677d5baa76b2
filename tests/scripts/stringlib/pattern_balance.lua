-- %bxy matches a balanced run from x to y.
print(("f(a(b)c)d"):match("%b()"), ("f(a(b)c)d"):gsub("%b()", ""))
print(("[[x]] [y"):match("%b[]"), ("if x then y end end"):match("%bxy"))
print(("((("):match("%b()"), ("a)b(c)"):match("%b()"), ("<<>>"):match("%b<>"))
print(("{a}{b}"):gsub("%b{}", "#"), ("aXbXa"):match("%bXX"))
