"""Solar Hijri (Iranian) dates: a date row that gives only "۲۲ اسفند ۱۴۰۳" / "22 Esfand 1403" / "1403/12/22".

The conversion is the standard arithmetic of the 33-year cycle (the algorithm of jdf / jdatetime),
exact for the years news uses (1300-1500 SH).
"""

from __future__ import annotations

import datetime as dt
import re

from .dates import DateHit

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_MONTHS = {
    "farvardin": 1, "ordibehesht": 2, "khordad": 3, "tir": 4, "mordad": 5, "amordad": 5, "shahrivar": 6,
    "mehr": 7, "aban": 8, "azar": 9, "dey": 10, "day": 10, "bahman": 11, "esfand": 12, "esfahand": 12,
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5, "شهریور": 6, "مهر": 7,
    "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
}
_MON = "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
_YEAR = r"(?P<y>1[34]\d{2})(?:\s*(?:SH|AP|HS|ه\.?\s?ش\.?))?"
_FORMS = (
    re.compile(r"(?<!\d)(?P<d>[0-3]?\d)\s+(?P<m>" + _MON + r"),?\s+" + _YEAR, re.IGNORECASE),
    re.compile(r"(?<![\w\u0600-\u06ff])(?P<m>" + _MON + r")\s+(?P<d>[0-3]?\d),?\s+" + _YEAR, re.IGNORECASE),
    re.compile(r"(?<![\d/.\-])(?P<y>1(?:3[7-9]|4[0-2])\d)(?P<s>[/.\-])(?P<m>[01]?\d)(?P=s)(?P<d>[0-3]?\d)(?![\d/.\-])"),
)
# what else a Solar Hijri date row may hold: weekday, time, labels, separators
_REST = re.compile(
    r"(?:شنبه|یک\u200c?شنبه|یکشنبه|دو\u200c?شنبه|سه\u200c?شنبه|چهار\u200c?شنبه|پنج\u200c?شنبه|جمعه|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|doshanbe|seshanbe|chaharshanbe|panjshanbe|jome|shanbe|yekshanbe|"
    r"published|posted|updated|date|تاریخ|انتشار|به[\u200c ]?روز|رسانی|ساعت|منتشر|شده|"
    r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|[-–—|/,:؛،·•()]|\s)+", re.IGNORECASE)


def to_gregorian(jy: int, jm: int, jd: int) -> dt.date | None:
    """Solar Hijri year/month/day -> Gregorian date (None when not a real day)."""
    if not (1 <= jm <= 12 and 1 <= jd <= (31 if jm <= 6 else 30)):
        return None
    jy += 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + jd + \
        ((jm - 1) * 31 if jm < 7 else (jm - 7) * 30 + 186)
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    try:
        return dt.date(gy, 1, 1) + dt.timedelta(days=days)
    except (ValueError, OverflowError):
        return None


def solar_date_line(line: str) -> DateHit | None:
    """A short row whose only date is a Solar Hijri one (weekday, time and labels allowed), as a Gregorian hit."""
    text = " ".join(line.translate(_DIGITS).split())
    if not text or len(text) > 80:
        return None
    for rx in _FORMS:
        m = rx.search(text)
        if not m:
            continue
        rest = text[: m.start()] + " " + text[m.end():]
        if _REST.sub("", rest).strip():
            return None
        mon = m.group("m")
        month = int(mon) if mon.isdigit() else _MONTHS[mon.lower()]
        day = to_gregorian(int(m.group("y")), month, int(m.group("d")))
        if day is None:
            return None
        return DateHit(day, None, True, " ".join(line.split()), "")
    return None
