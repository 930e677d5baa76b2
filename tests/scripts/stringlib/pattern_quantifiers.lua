-- '*' and '+' are greedy, '-' is lazy, '?' is optional.
local s = "<a><b>"
print(s:match("<.*>"), s:match("<.->"), s:match("<.+>"), s:match("<(.-)>"))
print(("aaa"):match("a*"), ("aaa"):match("a-") == "", ("aaa"):match("a-$"), ("aaa"):match("a+"))
print(("color colour"):gsub("colou?r", "C"))
print(("xx"):match("x?x?x?"), ("ab"):match("a?b?c?"), ("b"):match("a*b"), ("b"):match("a+b"))
print(("1234"):match("^(%d-)(%d+)$"))
