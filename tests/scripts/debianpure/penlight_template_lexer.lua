-- Penlight's pl.template and pl.lexer (Debian lua-penlight)
local template = require "pl.template"
local lexer = require "pl.lexer"
print(template.substitute([[
# for i = 1, 3 do
line $(i) of $(name)
# end
<ul>
# for _, item in ipairs(items) do
  <li>$(item:upper())</li>
# end
</ul>
]], {name = "tpl", items = {"a", "b"}, ipairs = ipairs, _parent = _G}))
local t = assert(template.compile("Hello $(who)! ${x} + ${y} = ${x + y}", {inline_brackets = "{}", inline_escape = "$"}))
print(t:render{who = "world", x = 2, y = 3})
print(template.substitute("$(x)", {}))
for tok, val in lexer.lua("local x = 10 + y -- c\nprint('s', [[long]], 0x1F, 1e3)") do
  io.write(tok, ":", tostring(val), " ")
end
print()
for tok, val in lexer.scan("a = 1.5e3 + b; c <= 'q'") do io.write(tok, ":", tostring(val), " ") end
print()
for tok, val in lexer.cpp("int main() { return a->b << 2; } // end") do io.write(tok, ":", tostring(val), " ") end
print()
local tok = lexer.lua("f(a, b)\n g()", {}, {})
print(tok(), lexer.lineno(tok))
