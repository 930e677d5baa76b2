-- long brackets of several levels, with embedded closing brackets of other levels
print([[level zero]])
print([=[has ]] inside]=])
print([==[has ]=] and ]] inside]==])
print([===[x]==]y]===])
print(#[[]], #[=[]=])
print([[a]] .. [=[b]=])
