-- numeric strings are accepted wherever a number is
print(math.sqrt("16"), math.max("3", "11"), math.fmod("7", "4"), math.pow("2", "8"))
print(math.floor("0x10"), math.abs(" -5 "), math.ldexp("1", "4"))
