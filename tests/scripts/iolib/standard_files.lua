-- io.stdin, io.stdout and io.stderr are the first defaults; they refuse to
-- close and stay usable
print(io.type(io.stdin), io.type(io.stdout), io.type(io.stderr))
print(io.input() == io.stdin, io.output() == io.stdout)
print(io.read(), io.read("*a"), io.stdin:read(0))
print(io.stdin:close())
print(io.stdout:close())
print(io.stderr:close())
print(io.close(io.stdout))
print(io.close())
print(io.type(io.stdin), io.type(io.stdout), io.type(io.stderr))
print(io.stderr:write(""))
io.stdout:write("still open\n")
