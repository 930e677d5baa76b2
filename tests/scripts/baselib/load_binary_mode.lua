-- load's mode argument: "b" and "bt" load binary chunks, "t" and "bt" text;
-- the wrong kind of chunk is an error. (nanlua's default is "t", LuaJIT's
-- "bt": this file names the mode every time; tests/cli checks the default.)
local function add(a, b) return a + b end
local bin = string.dump(add)
print(type(bin), bin:byte(1) == 27)
print(load(bin, "bin", "b")(2, 3))
print(load(bin, "bin", "bt")(4, 5))
print(load(bin, "bin", "t"))
print(loadstring(bin, "bin", "t"))
print(load("return 1", "txt", "b"))
print(load("return 7", "txt", "t")())
print(load("return 8", "txt", "bt")())
print(load("", "empty", "b"))
print(load(bin, "bin", "x"))
print(load("return 1", "txt", "x"))
-- through a reader function, in pieces
local pieces, i = {bin:sub(1, 3), bin:sub(4, 10), bin:sub(11)}, 0
local function reader() i = i + 1 return pieces[i] end
print(load(reader, "=r", "b")(20, 22))
i = 0
print(load(reader, "=r", "t"))
