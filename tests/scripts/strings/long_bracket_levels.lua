-- long strings and comments of several levels; first newline skipped
local s = [==[
a]]b]=]c]==]
print(s)
print([[]] == "", [[
]] == "", #[[

]])
--[==[
print("not printed")
]==]
print([=[[[nested]]]=])
print(#[[\n]], [[\]])
---[[ a line comment
print("runs")
--]]
