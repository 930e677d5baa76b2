-- \r\n, \n\r, \r and \n each count as one line for line numbers
local function line_of(src)
  local ok, err = pcall(loadstring(src, "=c"))
  return err
end
print(line_of("\n\nerror('a')"))
print(line_of("\r\n\r\nerror('b')"))
print(line_of("\r\rerror('c')"))
print(line_of("\n\r\n\rerror('d')"))
print(line_of("\r\n\n\rerror('e')"))
