-- package.config: directory separator, path separator, marks, a line each
for line in package.config:gmatch("([^\n]*)\n") do io.write("[", line, "]") end
print(#package.config)
