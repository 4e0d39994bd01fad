"""The calendar half of `time` (arenapy's own): struct_time, gmtime,
localtime, mktime, asctime, ctime, strftime and the zone constants, made
on first use through `time.__getattr__`. Dates are proleptic Gregorian,
in the C locale. The local zone is UTC: arenapy reads no zone database,
so `localtime` is `gmtime` with the zone named "UTC"."""

import time as _time
from _structseq import new_type as _new_type

struct_time = _new_type(
    'time', 'struct_time',
    ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
     'tm_wday', 'tm_yday', 'tm_isdst'),
    extra=('tm_zone', 'tm_gmtoff'))

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')

_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
         'Saturday', 'Sunday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July',
           'August', 'September', 'October', 'November', 'December')
_CUMULATIVE = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_from_civil(y, m, d):
    # Days since 1970-01-01 of a proleptic Gregorian date.
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z):
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return y + (m <= 2), m, d


def _seconds(secs):
    if secs is None:
        return int(_time.time() // 1)
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        if secs in (float('inf'), float('-inf')):
            raise OverflowError("timestamp out of range for platform time_t")
        secs = int(secs // 1)
    elif not isinstance(secs, int):
        secs = secs.__index__() if hasattr(type(secs), '__index__') else None
        if secs is None:
            raise TypeError("an integer is required")
    if not -(1 << 63) <= secs < (1 << 63):
        raise OverflowError("timestamp out of range for platform time_t")
    return secs


def _struct(secs, zone):
    days, rem = divmod(secs, 86400)
    y, m, d = _civil_from_days(days)
    if not -2147481748 <= y <= 2147485547:
        raise OverflowError("timestamp out of range for platform time_t")
    yday = _CUMULATIVE[m - 1] + d + (m > 2 and _is_leap(y))
    return struct_time((y, m, d, rem // 3600, rem // 60 % 60, rem % 60,
                        (days + 3) % 7, yday, 0, zone, 0))


def gmtime(seconds=None):
    """Convert seconds since the Epoch to a time tuple expressing UTC."""
    return _struct(_seconds(seconds), 'GMT')


def localtime(seconds=None):
    """Convert seconds since the Epoch to a time tuple expressing local time."""
    return _struct(_seconds(seconds), 'UTC')


def _checked(t, what):
    # A struct_time or 9-tuple of ints, as CPython's gettmarg checks it.
    if isinstance(t, struct_time):
        items = tuple(t)
    elif isinstance(t, tuple):
        if len(t) != 9:
            raise TypeError(f"{what}(): illegal time tuple argument")
        items = t
    else:
        raise TypeError("Tuple or struct_time argument required")
    for v in items:
        if not isinstance(v, int):
            raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return items


def mktime(t):
    """Convert a time tuple in local time to seconds since the Epoch."""
    y, mo, d, h, mi, s = _checked(t, 'mktime')[:6]
    y += (mo - 1) // 12
    mo = (mo - 1) % 12 + 1
    days = _days_from_civil(y, mo, 1) + d - 1
    return float(days * 86400 + h * 3600 + mi * 60 + s)


def _strict(t, what):
    # strftime's and asctime's range checks (CPython's checktm), with
    # zeros taken as the lowest legal value as CPython does.
    y, mo, d, h, mi, s, wd, yd, dst = _checked(t, what)
    if mo == 0:
        mo = 1
    if d == 0:
        d = 1
    if yd == 0:
        yd = 1
    if not 1 <= mo <= 12:
        raise ValueError("month out of range")
    if not 1 <= d <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= h <= 23:
        raise ValueError("hour out of range")
    if not 0 <= mi <= 59:
        raise ValueError("minute out of range")
    if not 0 <= s <= 61:
        raise ValueError("seconds out of range")
    if wd < 0:
        raise ValueError("day of week out of range")
    if not 1 <= yd <= 366:
        raise ValueError("day of year out of range")
    return y, mo, d, h, mi, s, wd % 7, yd, dst


def asctime(t=None):
    """Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."""
    if t is None:
        t = localtime()
    y, mo, d, h, mi, s, wd = _strict(t, 'asctime')[:7]
    return '%s %s %2d %02d:%02d:%02d %d' % (
        _DAYS[wd][:3], _MONTHS[mo - 1][:3], d, h, mi, s, y)


def ctime(seconds=None):
    """Convert a time in seconds since the Epoch to a string in local time."""
    return asctime(localtime(seconds))


def _iso(y, yday0, wd):
    # ISO 8601 year and week of a date (Monday-first weeks; week 1 holds
    # the year's first Thursday).
    thursday = yday0 - wd + 3
    if thursday < 0:
        y -= 1
        thursday += 366 if _is_leap(y) else 365
    elif thursday >= (366 if _is_leap(y) else 365):
        thursday -= 366 if _is_leap(y) else 365
        y += 1
    return y, thursday // 7 + 1


def strftime(format, t=None):
    """Convert a time tuple to a string according to a format
    specification (the C library's directives, in the C locale)."""
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    if t is None:
        t = localtime()
    zone = t.tm_zone if isinstance(t, struct_time) else None
    y, mo, d, h, mi, s, wd, yd, dst = _strict(t, 'strftime')
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != '%' or i + 1 == n:
            out.append(c)
            i += 1
            continue
        k = format[i + 1]
        i += 2
        if k == 'a':
            out.append(_DAYS[wd][:3])
        elif k == 'A':
            out.append(_DAYS[wd])
        elif k in 'bh':
            out.append(_MONTHS[mo - 1][:3])
        elif k == 'B':
            out.append(_MONTHS[mo - 1])
        elif k == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (
                _DAYS[wd][:3], _MONTHS[mo - 1][:3], d, h, mi, s, y))
        elif k == 'C':
            out.append('%d' % (y // 100))
        elif k == 'd':
            out.append('%02d' % d)
        elif k == 'D':
            out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif k == 'e':
            out.append('%2d' % d)
        elif k == 'F':
            out.append('%d-%02d-%02d' % (y, mo, d))
        elif k in 'gGV':
            iy, iw = _iso(y, yd - 1, wd)
            out.append({'g': '%02d' % (iy % 100), 'G': '%d' % iy, 'V': '%02d' % iw}[k])
        elif k == 'H':
            out.append('%02d' % h)
        elif k == 'I':
            out.append('%02d' % ((h + 11) % 12 + 1))
        elif k == 'j':
            out.append('%03d' % yd)
        elif k == 'k':
            out.append('%2d' % h)
        elif k == 'l':
            out.append('%2d' % ((h + 11) % 12 + 1))
        elif k == 'm':
            out.append('%02d' % mo)
        elif k == 'M':
            out.append('%02d' % mi)
        elif k == 'n':
            out.append('\n')
        elif k == 'p':
            out.append('AM' if h < 12 else 'PM')
        elif k == 'r':
            out.append('%02d:%02d:%02d %s' % ((h + 11) % 12 + 1, mi, s, 'AM' if h < 12 else 'PM'))
        elif k == 'R':
            out.append('%02d:%02d' % (h, mi))
        elif k == 's':
            out.append('%d' % int(mktime((y, mo, d, h, mi, s, wd, yd, dst))))
        elif k == 'S':
            out.append('%02d' % s)
        elif k == 't':
            out.append('\t')
        elif k == 'T':
            out.append('%02d:%02d:%02d' % (h, mi, s))
        elif k == 'u':
            out.append('%d' % (wd + 1))
        elif k == 'U':
            out.append('%02d' % ((yd - 1 + 7 - (wd + 1) % 7) // 7))
        elif k == 'w':
            out.append('%d' % ((wd + 1) % 7))
        elif k == 'W':
            out.append('%02d' % ((yd - 1 + 7 - wd) // 7))
        elif k == 'x':
            out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif k == 'X':
            out.append('%02d:%02d:%02d' % (h, mi, s))
        elif k == 'y':
            out.append('%02d' % (y % 100))
        elif k == 'Y':
            out.append('%d' % y)
        elif k == 'z':
            out.append('+0000')
        elif k == 'Z':
            out.append(zone if zone is not None else tzname[0])
        elif k == '%':
            out.append('%')
        else:
            out.append('%' + k)
    return ''.join(out)
