-- getinfo 'n': how the caller named the function
local function name() local i = debug.getinfo(2, "n") return i.name, i.namewhat end
local t = {}
function t.field() return name() end
function t:meth() return name() end
function glob() return name() end
local function loc() return name() end
local up = loc
local function viaup() local r1, r2 = up() return r1, r2 end
local function show(...) print(...) end
show(t.field())
show(t:meth())
show(glob())
show(loc())
show(viaup())
local i = debug.getinfo(1, "n")
print(i.name, i.namewhat)
