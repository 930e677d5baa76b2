-- a fractional status truncates toward zero; the shell sees its low byte
print("exiting")
os.exit(-1.5)
