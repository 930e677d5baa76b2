-- A jump past 32767 instructions: "control structure too long", reported
-- with the token where LuaJIT patches the jump (at the next instruction or
-- at the end of the block).
local function try(name, src)
    local f, err = loadstring(src, "=c")
    print(name, f ~= nil, err)
end
local body = ("a = 1\n"):rep(17000)
try("if", "if a then\n" .. body .. "end\nb = 2")
try("ifelse", "if a then\n" .. body .. "else b = 1 end\nb = 2")
try("elseif", "if a then b = 1 elseif c then\n" .. body .. "end\nb = 2")
try("while", "while a do\n" .. body .. "end\nb = 2")
try("repeat", "repeat\n" .. body .. "until a\nb = 2")
try("fornum", "for i = 1, 2 do\n" .. body .. "end\nb = 2")
try("forin", "for k in a do\n" .. body .. "end\nb = 2")
try("and", "x = a and (\n" .. ("a +\n"):rep(17000) .. "a)\nb = 2")
try("or_chain", "return " .. ("a or "):rep(12000) .. "a")
