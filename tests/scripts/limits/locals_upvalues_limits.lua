-- 200 locals and 60 upvalues per function, LuaJIT's messages past them
local function try(s) local f, e = loadstring(s, "=c") print(f and "ok" or e) end
local function locals(n) local t = {} for i = 1, n do t[i] = "local v" .. i .. " = " .. i end return table.concat(t, "\n") end
try(locals(200))
try(locals(201))
local names = {} for i = 1, 201 do names[i] = "a" .. i end
try("local " .. table.concat(names, ","))
local function upv(n)
  local decl, use = {}, {}
  for i = 1, n do decl[i] = "local u" .. i .. " = " .. i; use[i] = "u" .. i end
  return table.concat(decl, "\n") .. "\nreturn function() return " .. table.concat(use, "+") .. " end"
end
try(upv(60))
try(upv(61))
