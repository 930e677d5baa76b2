-- # does not coerce numbers and string methods do
print(pcall(function() return #123 end))
print(("x"):rep("3"), string.len(123), string.rep(5, 2))
