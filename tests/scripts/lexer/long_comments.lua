-- long comments of several levels, and code after them on the same line
local x = 1 --[[ a comment ]] + 1
print(x)
--[==[
  print("not run")
  ]]
]==] print("after level-2 comment")
--[=[ ]] ]=] print("same line")
local y = --[[ inline ]] 5
print(y)
