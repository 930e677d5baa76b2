-- table.maxn finds the largest positive numeric key
print(table.maxn({}), table.maxn({1, 2, 3}), table.maxn({[10] = 1, [2.5] = 1}), table.maxn({[-1] = 1}))
