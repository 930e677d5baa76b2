-- os.exit() exits with success at once
print("bye")
os.exit()
print("never")
