-- string.gmatch iterates over matches: captures, or the whole match.
for k, v in string.gmatch("a=1, b=2, c=3", "(%w+)=(%w+)") do print(k, v) end
local words = {}
for w in ("The quick  brown fox"):gmatch("%a+") do words[#words + 1] = w end
print(#words, table.concat(words, ","))
local it = ("ab"):gmatch(".")
print(it(), it(), it(), it())
print(type(string.gmatch("", "")))
