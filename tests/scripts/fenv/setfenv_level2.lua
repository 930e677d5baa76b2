-- setfenv(2, t) changes the environment of the caller
local function changer(t) setfenv(2, t) end
local function victim()
  local p = print
  changer({marker = "changed"})
  p(marker)
end
victim()
