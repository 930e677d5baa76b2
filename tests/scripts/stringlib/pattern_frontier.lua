-- %f[set] matches the boundary where the previous byte is not in set and the
-- next one is (the subject's ends count as '\0').
print(("THE (quick) fox"):gsub("%f[%a]%a+", "W"))
print(("THE (quick) fox"):find("%f[%a]%a+", 5))
print(("hello world"):gsub("%f[%w]", "|"), ("hello world"):gsub("%f[%W]", "|"))
print(("aaa"):find("%f[a]"), ("aaa"):find("%f[^a]"), ("x\0y"):find("%f[%z]"))
