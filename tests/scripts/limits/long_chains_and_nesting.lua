-- Long chains of operators, indexing and calls compile (or fail with a
-- syntax error), never crash.
local function try(name, src)
  local f, err = loadstring(src, "=" .. name)
  print(name, f and "compiles" or err)
end
try("concat_200", "local a = ... return a" .. string.rep("..a", 200))
try("concat_5000", "local a = ... return a" .. string.rep("..a", 5000))
try("add_100000", "x = 1" .. string.rep(" + 1", 100000))
try("field_100000", "return a" .. string.rep(".b", 100000))
try("index_100000", "return a" .. string.rep("[1]", 100000))
try("method_100000", "return a" .. string.rep(":m()", 100000))
try("call_50", "return " .. string.rep("a(", 50) .. string.rep(")", 50))
try("pow_10000", "return 2" .. string.rep("^2", 10000))
try("unm_10000", "return " .. string.rep("-", 10000) .. "1")
try("not_10000", "return " .. string.rep("not ", 10000) .. "1")
try("parens_10000", "return " .. string.rep("(", 10000) .. "1" .. string.rep(")", 10000))
try("tables_10000", "return " .. string.rep("{", 10000) .. string.rep("}", 10000))
try("do_10000", string.rep("do ", 10000) .. string.rep("end ", 10000))
try("if_10000", string.rep("if x then ", 10000) .. string.rep("end ", 10000))
try("while_10000", string.rep("while x do ", 10000) .. string.rep("end ", 10000))
try("functions_1000", "return " .. string.rep("function() return ", 1000) .. "1" .. string.rep(" end", 1000))
try("locals_300", string.rep("local a = 1 ", 300))
try("upvalues_100", (function()
  local s = {}
  for i = 1, 100 do s[#s + 1] = "local u" .. i .. " = " .. i end
  s[#s + 1] = "return function() return 0"
  for i = 1, 100 do s[#s + 1] = " + u" .. i end
  s[#s + 1] = " end"
  return table.concat(s, "\n")
end)())
try("constants_100000", "local t = {" .. string.rep("'x',", 10) .. (function()
  local s = {} for i = 1, 100000 do s[i] = tostring(i + 0.5) end return table.concat(s, ",") end)() .. "}")
try("return_values_300", "return " .. string.rep("1,", 299) .. "1")
try("args_300", "f(" .. string.rep("1,", 299) .. "1)")
try("assign_300", string.rep("a,", 299) .. "a = 1")
local a = "ab"
print(#loadstring("local a = ... return a" .. string.rep("..a", 150))(a))
