-- io.lines on a missing file raises an argument error with the C message
print(pcall(function() local it = io.lines("no_such_file.txt") return it end))
for line in io.lines("no_such_file.txt") do
  print(line)
end
