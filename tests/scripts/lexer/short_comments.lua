-- line comments, including ones that look like long brackets but are not
-- [ this is a short comment
--[ also short
--[=x not a long bracket either
print("ok") -- trailing comment
-- print("no")
print(1 --[[x]], 2)
