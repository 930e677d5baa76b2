-- goto over more than 32767 instructions: LuaJIT patches a forward goto
-- when the instruction after its label is emitted, a backward one when the
-- label's block ends, and reports "control structure too long" there.
local function try(name, src)
    local f, err = loadstring(src, "=c")
    print(name, f ~= nil, err)
end
local body = ("a = 1\n"):rep(17000)
try("forward", "goto l\n" .. body .. "::l:: b = 2\nc = 3\nd = 4")
try("forward_do", "do goto l\n" .. body .. "::l:: b = 2\nc = 3 end\nd = 4")
try("backward", "::l::\n" .. body .. "goto l\nb = 2\nc = 3")
try("backward_do", "do ::l::\n" .. body .. "goto l\nb = 2\nc = 3 end\nd = 4")
try("backward_local", "::l::\n" .. body .. "local x = 1 goto l\nb = 2\nc = 3")
