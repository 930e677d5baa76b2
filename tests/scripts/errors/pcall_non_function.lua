-- pcall of a non-callable value returns the call error
print(pcall(42))
print(pcall(nil))
print(pcall({}))
print(pcall(pcall))
