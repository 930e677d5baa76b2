-- # of strings counts bytes
print(#"", #"a", #"hello world", #"\u{20AC}", #"tab\t")
local s = ""
for i = 1, 100 do s = s .. "ab" end
print(#s)
