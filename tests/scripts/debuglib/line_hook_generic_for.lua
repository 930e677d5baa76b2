-- line events of a generic for whose expression list starts on a later line
-- than 'for': each iterator call is on the expression list's line
local lines = {}
debug.sethook(function(e, l) lines[#lines + 1] = l end, "l")
for k, v in
  ipairs({1, 2})
do
  local x = k
end
debug.sethook()
print(table.concat(lines, " "))
