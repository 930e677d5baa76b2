-- a status beyond 32 bits becomes INT32_MIN, whose low byte is 0
print("exiting")
os.exit(2 ^ 32 + 3)
