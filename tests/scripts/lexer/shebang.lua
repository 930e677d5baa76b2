#!/usr/bin/env luajit
-- a first line starting with # is skipped by the loader, also by loadstring
print("shebang skipped")
local f = loadstring("#!x\nreturn 1 + 1")
print(type(f), f and f())
print(loadstring("# anything\nreturn 'y'")())
