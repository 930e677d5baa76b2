-- A UTF-8 byte order mark before the first line is skipped, also before a
-- "#!" line, and in strings given to loadstring.
print(loadstring("\239\187\191return 1 + 1")())
print(loadstring("\239\187\191#!shebang\nreturn 3")())
print(pcall(loadstring("\239\187\191\nerror(\"at line 2\")", "=bom")))
-- only at the very start
print(loadstring("return 1 \239\187\191", "=bom"))
