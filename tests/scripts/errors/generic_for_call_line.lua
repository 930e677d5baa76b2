-- a generic for whose iterator cannot be called reports the line where its
-- expression list starts (the line after 'in'), not the line of 'for'
local function line_of(src)
  local ok, msg = pcall(loadstring(src))
  return msg
end
print(line_of"\n local a \n for k,v in 3 \n do \n print(k) \n end")
print(line_of"\n\n for k,v in \n 3 \n do \n print(k) \n end")
print(line_of"for k\n,\nv\nin\n\n\n nil,\n 2 do end")
-- a for loop over a function that errors later still reports that function's line
print(line_of"for k in\n function() error('inside') end\n do end")
