-- cjson (Debian's lua-cjson): encoding and decoding
local cjson = require "cjson"
print(cjson.encode({1, 2, "three", true, false}))
print(cjson.encode({key = "value"}), cjson.encode("quote\" and \\"), cjson.encode(1.5))
print(cjson.encode(cjson.null), cjson.encode({}))
local t = cjson.decode('{"a": [1, 2.5, "x", null, true], "b": {"c": "d"}}')
print(#t.a, t.a[1], t.a[2], t.a[3], t.a[4] == cjson.null, t.a[5], t.b.c)
print(cjson.decode('"\\u00e9"') == "\195\169")
