-- return must be the last statement in a block; do return end works anywhere
local function f()
  do return "early" end
  return "late"
end
print(f())
print(loadstring("return 1 print(2)"))
print(loadstring("return; ")~= nil, loadstring("return return") == nil)
