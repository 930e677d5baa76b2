-- os.getenv returns a variable's value, or nil when it is not set
print(type(os.getenv("PATH")))
print(os.getenv("NANLUA_SURELY_UNSET_VARIABLE"))
print(os.getenv(""))
print(pcall(function() local v = os.getenv() return v end))
print(pcall(function() local v = os.getenv({}) return v end))
