-- debug.debug reads commands from stdin until "cont" or end of input
print(type(debug.debug))
debug.debug()
print("after")
