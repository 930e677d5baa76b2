-- re (a Lua module of lua-lpeg, found on the default package.path) over lpeg
local re = require "re"
print(re.match("the number 423 is odd", "({%a+} / .)*"))
print(re.find("hello world", "'world'"))
print(re.gsub("hello world", "'o'", "0"))
local g = re.compile[[
  list <- {| item (',' item)* |}
  item <- {[a-z]+}
]]
print(table.concat(g:match("ab,cd,ef"), "+"))
print(pcall(re.compile, "[unclosed"))
print(package.loaded.re == re, package.loaded.lpeg ~= nil)
