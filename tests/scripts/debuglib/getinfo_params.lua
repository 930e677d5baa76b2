-- getinfo 'u': upvalues, parameters, varargs
local x, y = 1, 2
local function f(a, b) return x + y end
local function g(...) return x end
local function h(a, ...) end
for _, fn in ipairs({f, g, h, coroutine.yield}) do
  local i = debug.getinfo(fn, "u")
  print(i.nups, i.nparams, i.isvararg)
end
