-- os.date("!...") formats a fixed time in UTC with the C library's strftime
local t = 1234567890
print(os.date("!%Y-%m-%d %H:%M:%S", t))
print(os.date("!%a %A %b %B %h", t))
print(os.date("!%c", t))
print(os.date("!%x %X %D %T %R %r", t))
print(os.date("!%y %C %j %U %W %V %G %g", t))
print(os.date("!%d %e %I %l %k %p %P %u %w", t))
print(os.date("!%F %Z %z", t))
print(os.date("![%n][%t][%%]", t))
print(os.date("!plain text, no conversions", t))
print(os.date("!%Y", 0), os.date("!%Y-%m-%d", -86400), os.date("!%H:%M", 59))
