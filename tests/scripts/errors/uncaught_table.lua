-- an uncaught error whose value is a table
print("about to fail")
error({code = 1})
