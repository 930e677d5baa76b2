-- module reuses a table in package.loaded or a global of the same name
package.loaded.pre = {_NAME = "kept", v = 1}
local function f() module("pre") end
f()
print(package.loaded.pre._NAME, package.loaded.pre.v, package.loaded.pre._M, pre)
existing = {v = 2}
local function g() module("existing") end
g()
print(existing.v, existing._NAME, package.loaded.existing == existing)
package.loaded.notatable = "string"
local function h() module("notatable") end
h()
print(type(notatable), notatable._NAME, type(package.loaded.notatable))
