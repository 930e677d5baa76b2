-- goto to undefined labels and into local scopes
print(loadstring("goto missing", "=src"))
print(loadstring("do\ngoto l1\nlocal a\n::l1::\nprint(a)\nend", "=src"))
print(loadstring("::dup::\n::dup::", "=src"))
print(loadstring("while 1 do goto continue end ::continue::", "=src") ~= nil)
