-- multi-character operator tokens lexed greedily
print(1==1, 1~=2, 1<=2, 2>=1, "a".."b")
print(5 - -3, 5- - -3, - -2)
print(2^-1, -2^2)
local t = {...}
print(#t)
