-- dkjson (Debian lua-dkjson, pure Lua): encode with a key order, decode, errors
local json = require "dkjson"
local doc = {name = "x", list = {1, 2.5, -3e10, true, false}, nested = {deep = {"a\"b\\c\n\t\1"}}, empty = {}}
local s = json.encode(doc, {indent = true, keyorder = {"name", "list", "nested", "empty"}})
print(s)
local back, pos, err = json.decode(s)
print(back.name, #back.list, back.list[3], back.nested.deep[1], pos, err)
print(json.decode('{"a":[1,2,{"b":null}],"c":"\\u00e9\\ud83d\\ude00"}').c)
print(json.decode("[1,2,"))
print(json.decode('{"a" 1 "b"'))
print(json.encode({1, 2, nil, 4}), json.encode("\127\0"), json.encode(0.1), json.encode(1 / 3), json.encode(1e300), json.encode(-0.0))
print(pcall(json.encode, {math.huge}))
print(json.encode(setmetatable({}, {__jsontype = "object"})), json.encode(json.null), json.decode("null") == json.null)
print(select("#", json.decode('"str" trailing')), json.decode('"str" trailing'))
