-- os.exit(n) ends the program with status n at once; output so far is kept
print("before")
io.stdout:write("unflushed")
os.exit(3)
print("never")
