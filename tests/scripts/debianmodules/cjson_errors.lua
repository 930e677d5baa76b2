-- cjson reports malformed input and unencodable values as errors
local cjson = require "cjson"
print(pcall(cjson.decode, "{bad json}"))
print(pcall(cjson.decode, "[1, 2"))
print(pcall(cjson.encode, print))
local safe = require "cjson.safe"
print(safe.decode("[1,"))
