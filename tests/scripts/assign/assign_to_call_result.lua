-- fields of a returned table can be assigned directly
local store = {}
local function get() return store end
get().field = "set"
get()["other"] = 1
print(store.field, store.other)
print(loadstring("get() = 1") == nil)
