-- os.exit(true) exits with success
print("bye")
os.exit(true)
print("never")
