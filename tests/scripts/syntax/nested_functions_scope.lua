-- nested function definitions see enclosing locals
local function outer(a)
  local function mid(b)
    local function inner(c) return a + b + c end
    return inner(100)
  end
  return mid(10)
end
print(outer(1))
