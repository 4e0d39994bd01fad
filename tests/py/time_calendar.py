# time's calendar functions on fixed timestamps, against CPython 3.11 (the
# machines run in UTC, so localtime is gmtime with the zone called UTC).
import time

for ts in (0, 1, 86399, 86400, 951782400, 1700000000, 1700000000.9, -1, -86401,
           2**31, 253402300799, -62135596800, 4102444800):
    g = time.gmtime(ts)
    print(ts, g, g.tm_zone, g.tm_gmtoff, time.mktime(g))
    print("  ", time.asctime(g), "|", time.strftime("%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %Z %z %% %e %D %T %F %R %h %C %g %G %V %u %k %l %r", g))
t = time.localtime(1700000000)
print(t, t.tm_zone, tuple(t), len(t), t[0], t[-1], t.tm_year)
print(type(t).__name__, type(t).__module__, type(t).n_fields, type(t).n_sequence_fields)
print(time.strftime("%Y-%m-%d", (2020, 2, 29, 0, 0, 0, 5, 60, 0)))
print(time.strftime("%Y-%m-%d %j", (2021, 0, 0, 0, 0, 0, 0, 0, 0)))
print(repr(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))), time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)).tm_zone)
print(time.ctime(0), time.timezone, time.daylight, time.altzone)
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0), (1, 2, 3), "x"]:
    try:
        time.strftime("%Y", bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in [float("nan"), float("inf"), 2**70]:
    try:
        time.gmtime(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(e)
try:
    time.no_such_name
except AttributeError as e:
    print(e)
print(isinstance(time.gmtime(), tuple), time.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1, 0))
print(time.mktime((2020, 14, 1, 0, 0, 0, 0, 0, 0)), time.gmtime(time.mktime((2020, 14, 1, 0, 0, 0, 0, 0, 0)))[:3])
