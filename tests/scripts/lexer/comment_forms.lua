-- line comments, block comments of any level, and code right after them
print(5 --[[ block ]] + 1)
print(5 --[==[ block
 ]==] + 1)
--[[ x ]] print("inline after block comment")
--[ not a block comment
print("ok")
print(loadstring("return 1 --[[", "=c"))
print(loadstring("x = 5 -- comment\nreturn x")())
