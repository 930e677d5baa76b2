print(math.abs(-3), math.abs(3), math.abs(-2.5), math.abs(0), math.abs(-1 / 0))
print(math.abs("-7"), math.abs(-0.0) == 0, 1 / math.abs(-0.0))
