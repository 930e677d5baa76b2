-- getinfo without options fills the fields of "flnSu"
local function keys(t)
  local ks = {}
  for k in pairs(t) do ks[#ks + 1] = k end
  table.sort(ks)
  return table.concat(ks, " ")
end
print(keys(debug.getinfo(1)))
print(keys(debug.getinfo(print)))
print(keys(debug.getinfo(1, "")))
print(keys(debug.getinfo(1, "Sl")))
