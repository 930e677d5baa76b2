-- %1..%9 inside a pattern match the text of an earlier capture.
print(([[say "hi" and 'yo']]):match("([\"'])(.-)%1"))
print(("abcabc"):match("(abc)%1"), ("abab"):find("(a)(b)%1%2"), ("xyx"):match("(x)y%1"))
print(("aa bb cd"):gsub("(%a)%1", "<%1%1>"))
print(pcall(string.match, "aa", "%1"), pcall(string.match, "aa", "(a%1)"))
