-- A metamethod that cannot be called: "attempt to call a X value" without a
-- position (LuaJIT calls metamethods from a frame of their own).
local function e(f, ...) local ok, m = pcall(f, ...) print(m) end
local function o(ev, v) return setmetatable({}, {[ev] = v or 1}) end
e(function() return o("__add") + 1 end)
e(function() return 1 - o("__sub") end)
e(function() return o("__mul") * o("__mul") end)
e(function() return o("__div") / 1 end)
e(function() return o("__mod") % 1 end)
e(function() return o("__pow") ^ 1 end)
e(function() return -o("__unm") end)
e(function() return o("__concat") .. "x" end)
e(function() return "x" .. o("__concat") end)
e(function() return o("__lt") < o("__lt") end)
e(function() return o("__le") <= o("__le") end)
e(function() return o("__lt") > o("__lt") end)
local eq = {__eq = 1}
e(function() return setmetatable({}, eq) == setmetatable({}, eq) end)
e(function() return o("__index").x end)
e(function() o("__newindex").x = 1 end)
e(function() return o("__call")() end)
e(function() return o("__index", {}).x end)
e(function() return o("__add", "s") + 1 end)
e(function() return o("__add", {}) + 1 end)
e(function() return tostring(o("__tostring")) end)
e(function() local u = newproxy(true); getmetatable(u).__len = 1; return #u end)
e(function() local u = newproxy(true); getmetatable(u).__index = 1; return u.x end)
