-- integer arguments (select's index, tonumber's base, error's level,
-- getfenv/setfenv's level) convert to 32 bits as LuaJIT's do: beyond that
-- range, or NaN, they become INT32_MIN instead of wrapping into range
local env = getfenv(1)
for _, v in ipairs({ 2 ^ 31, 2 ^ 32 + 3, 2 ^ 63, 1 / 0, -1 / 0, 0 / 0, -2 ^ 40, 2.5, -2.5, 0.5 }) do
  print("==", v)
  print(pcall(select, v, "a", "b"))
  print(pcall(tonumber, "10", v))
  print(pcall(error, "msg", v))
  print(pcall(function() return getfenv(v) == env end))
  print(pcall(function() return setfenv(v, env) ~= nil end))
end
print(select(2 ^ 32 + 2, "a", "b", "c"))
