-- os.exit(false) exits with failure (status 1)
print("bye")
os.exit(false)
print("never")
