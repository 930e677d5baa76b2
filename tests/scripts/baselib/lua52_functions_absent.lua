-- what LuaJIT's base library has and has not among 5.2 additions
print(rawlen, table.pack, table.unpack, math.type, string.pack, utf8, bit32)
print(loadstring ~= nil, unpack ~= nil, gcinfo ~= nil, table.getn ~= nil, table.maxn ~= nil, math.mod, string.gfind)
print(type(coroutine.isyieldable), type(table.move), type(math.log10))
