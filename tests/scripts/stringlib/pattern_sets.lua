-- Sets: ranges, negation, classes inside, ']' and '-' as members.
print(("abc123XYZ"):gsub("[a-c1-2]", "."))
print(("abc123XYZ"):gsub("[^%d]", "."))
print(("a]b-c^d"):gsub("[]]", "!"), ("a]b-c^d"):gsub("[%]]", "!"))
print(("a]b-c^d"):gsub("[a-]", "!"), ("a]b-c^d"):gsub("[-a]", "!"))
print(("a]b-c^d"):gsub("[b^]", "!"), ("a]b-c^d"):gsub("[^^]", "!"))
print(("x%y"):gsub("[%%]", "!"), ("a.b"):gsub("[.]", "!"), ("ABCabc"):gsub("[%u]", "-"))
print(("z-a"):gsub("[z-a]", "!"), string.find("abc", "[a-"), pcall(string.find, "abc", "[a"))
