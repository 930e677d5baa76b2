-- os.time() is the current time in whole seconds, as os.date sees it
local now = os.time()
print(type(now), now == math.floor(now), now > 1600000000)
print(os.time(nil) - now < 5)
local d = os.date("!*t", now)
print(d.year >= 2020)
