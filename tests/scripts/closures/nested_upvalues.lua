-- closures several levels deep reach outer locals
local function l1()
  local a = 1
  return function()
    local b = 2
    return function()
      a = a + 1
      return a + b
    end
  end
end
local f = l1()()
print(f(), f())
