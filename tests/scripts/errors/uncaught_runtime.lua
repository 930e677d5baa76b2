-- an uncaught runtime error reports position and operand name
print("start")
local cfg = {}
print(cfg.section.key)
