-- an uncaught error with a nil value
print("nil error")
error(nil)
