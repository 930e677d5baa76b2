-- assert passes through all arguments when the first is true
print(assert(true))
print(assert(1, 2, 3))
print(assert("s", nil))
print(select("#", assert(0, nil, nil)))
