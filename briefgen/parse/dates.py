"""Dates: date lines, datelines, metadata, and careful inference.

A date counts as *stated* only when it stands on its own line (optionally
labelled "Published", "Updated", ...), in a dateline/byline, or in metadata.
A date inside a story sentence never does. dateparser does the parsing with
a fixed RELATIVE_BASE (config.reference_date) and only after the text was
checked to be nothing but date tokens (guards "may", "1701", bare numbers).
Time-zone labels ("Jerusalem Time", "GMT+3") are stripped first and mapped to
a zone, so ``published`` keeps the stated time with its UTC offset.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import dateparser

from .lexicon import MONTH_ANY_RE, MONTHS_EN, to_english

MONTHS = MONTHS_EN
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WD_ABBR = {"mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun"}
_FILLER = {"at", "on", "of", "the", "am", "pm", "t", "z", "st", "nd", "rd", "th", "hrs", "h"}
MONTH_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
            r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")
LABEL_RE = re.compile(
    r"^(?:(?:first\s+|originally\s+)?published(?:\s+on)?|last\s+(?:updated|modified)(?:\s+on)?|"
    r"updated(?:\s+on)?|posted(?:\s+on)?|modified|created|dated?|release\s+date|on)"
    r"(?=[\s:\-–—,]|\d|" + MONTH_RE + r"|$)\s*[:\-–—,]?\s*",
    re.IGNORECASE,
)
_AR_LABEL = re.compile(r"^(?:تاريخ\s+النشر|آخر\s+تحديث|نُ?شر(?:\s+في|\s+بتاريخ)?|بتاريخ|تحديث|التاريخ)\s*[:：]?\s*")

_ZONE_CITIES = {
    "jerusalem": "Asia/Jerusalem", "israel": "Asia/Jerusalem", "tel aviv": "Asia/Jerusalem",
    "beirut": "Asia/Beirut", "lebanon": "Asia/Beirut", "damascus": "Asia/Damascus",
    "syria": "Asia/Damascus", "tehran": "Asia/Tehran", "iran": "Asia/Tehran",
    "baghdad": "Asia/Baghdad", "iraq": "Asia/Baghdad", "cairo": "Africa/Cairo",
    "egypt": "Africa/Cairo", "amman": "Asia/Amman", "jordan": "Asia/Amman",
    "riyadh": "Asia/Riyadh", "mecca": "Asia/Riyadh", "makkah": "Asia/Riyadh",
    "saudi": "Asia/Riyadh", "doha": "Asia/Qatar", "qatar": "Asia/Qatar",
    "dubai": "Asia/Dubai", "abu dhabi": "Asia/Dubai", "uae": "Asia/Dubai", "gulf": "Asia/Dubai",
    "gaza": "Asia/Gaza", "ankara": "Europe/Istanbul", "istanbul": "Europe/Istanbul",
    "turkey": "Europe/Istanbul", "moscow": "Europe/Moscow", "london": "Europe/London",
    "uk": "Europe/London", "paris": "Europe/Paris", "eastern": "America/New_York",
    "pacific": "America/Los_Angeles", "central european": "Europe/Paris",
    "greenwich mean": "UTC", "coordinated universal": "UTC",
}
_ZONE_NAMED = re.compile(
    r"\(?\b(" + "|".join(sorted(_ZONE_CITIES, key=len, reverse=True)) +
    r")(?:\s+(?:standard|summer|daylight|local))?\s+time\b\)?", re.IGNORECASE)
_ZONE_ABBR = {
    # a written standard/summer abbreviation is a fixed offset as written ("9:00 AM EST" in March is -05:00);
    # only the generic ones (ET, PT) follow the zone's calendar
    "UTC": "UTC", "GMT": "UTC", "Z": "UTC", "IDT": "+03:00", "ET": "America/New_York",
    "EST": "-05:00", "EDT": "-04:00", "PT": "America/Los_Angeles",
    "PST": "-08:00", "PDT": "-07:00", "CET": "+01:00",
    "CEST": "+02:00", "BST": "+01:00", "IRST": "+03:30", "GST": "+04:00",
    "MSK": "Europe/Moscow", "EET": "+02:00", "EEST": "+03:00",
    # regional readings of ambiguous abbreviations: IST = Israel, AST = Arabia (both as used by ME outlets)
    "IST": "Asia/Jerusalem", "AST": "+03:00", "TRT": "+03:00",
}
_ZONE_OFFSET = re.compile(r"\(?\b(?:GMT|UTC)\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?\b\)?")
_ZONE_ABBR_RE = re.compile(r"\(?\b(" + "|".join(sorted(_ZONE_ABBR, key=len, reverse=True)) + r")\b\)?")
_LOCAL_TIME = re.compile(r"\(?\blocal\s+time\b\)?", re.IGNORECASE)

_AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_AR_MONTHS = {
    "كانون الثاني": "يناير", "شباط": "فبراير", "آذار": "مارس", "نيسان": "أبريل", "أيار": "مايو",
    "حزيران": "يونيو", "تموز": "يوليو", "آب": "أغسطس", "أيلول": "سبتمبر",
    "تشرين الأول": "أكتوبر", "تشرين الثاني": "نوفمبر", "كانون الأول": "ديسمبر",
}
_AR_MONTH_WORDS = {"يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يونيه", "يوليو",
                   "يوليه", "أغسطس", "اغسطس", "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر"}
_AR_DROP = {"الأحد", "الاحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس",
            "الجمعة", "السبت", "م", "في", "الساعة", "،", ",", "-", "|"}
_AR_AMPM = {"صباحا": "am", "صباحاً": "am", "ص": "am", "مساء": "pm", "مساءً": "pm", "مساءا": "pm"}
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:am|pm)?\b|\b\d{1,2}\s*(?:am|pm)\b", re.IGNORECASE)
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+\-]\d{2}:?\d{2})?$")


@dataclass(frozen=True)
class DateHit:
    """A date found in the text; ``published`` is the ISO time (with offset) when a time was stated."""

    date: dt.date
    published: str | None
    has_year: bool
    text: str
    label: str = ""


def _settings(ref: dt.date, lang: str = "en") -> dict:
    s = {
        "RELATIVE_BASE": dt.datetime(ref.year, ref.month, ref.day),
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": ["day", "month"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if lang == "en":
        s["DATE_ORDER"] = "DMY"
    return s


def _tz(spec: str) -> dt.tzinfo | None:
    if spec.startswith(("+", "-")):
        sign = -1 if spec[0] == "-" else 1
        hh, mm = spec[1:].replace(":", "")[:2], spec[1:].replace(":", "")[2:4] or "0"
        return dt.timezone(sign * dt.timedelta(hours=int(hh), minutes=int(mm)))
    try:
        return ZoneInfo(spec)
    except (KeyError, ValueError, OSError):
        return None


def strip_zone(text: str) -> tuple[str, dt.tzinfo | None, str]:
    """Remove a time-zone label; return (rest, tzinfo or None, label)."""
    m = _ZONE_OFFSET.search(text)
    if m:
        sign = "-" if m.group(1) in "-−" else "+"
        tz = _tz(f"{sign}{int(m.group(2)):02d}:{m.group(3) or '00'}")
        return (text[: m.start()] + " " + text[m.end():]), tz, m.group(0).strip("() ")
    m = _ZONE_NAMED.search(text)
    if m:
        return (text[: m.start()] + " " + text[m.end():]), _tz(_ZONE_CITIES[m.group(1).lower()]), m.group(0).strip("() ")
    m = _ZONE_ABBR_RE.search(text)
    if m and (m.group(1) != "Z" or re.search(r"\d\s*Z\b", text)):
        return (text[: m.start()] + " " + text[m.end():]), _tz(_ZONE_ABBR[m.group(1)]), m.group(1)
    m = _LOCAL_TIME.search(text)
    if m:
        return text[: m.start()] + " " + text[m.end():], None, ""
    return text, None, ""


def _iso_published(d: dt.date, t: dt.time | None, tz: dt.tzinfo | None) -> str | None:
    if t is None:
        return None
    stamp = dt.datetime.combine(d, t)
    if tz is not None:
        stamp = stamp.replace(tzinfo=tz)
    return stamp.isoformat()


def _only_date_tokens(text: str) -> bool:
    """True when *text* holds nothing but date/time tokens, including a day and a month."""
    s = re.sub(r"\b([ap])\.\s?m\.", r"\1m", text, flags=re.IGNORECASE)
    tokens = re.findall(r"[A-Za-z]+|\d+|[^\sA-Za-z\d]", s)
    has_month = has_day = False
    for tok in tokens:
        low = tok.lower()
        if low in MONTHS:
            has_month = True
        elif low in WEEKDAYS or low in _WD_ABBR or low in _FILLER:
            continue
        elif tok.isdigit():
            if len(tok) <= 2:
                has_day = True
            elif len(tok) != 4 or not 1900 <= int(tok) <= 2100:
                return False
        elif tok in ",.:/-–—|·•()[]'’":
            continue
        else:
            return False
    numeric = re.search(r"\b\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}\b", s)
    return bool((has_month and has_day) or numeric)


def _has_year(text: str) -> bool:
    return bool(re.search(r"\b(19|20)\d{2}\b", text)) or bool(re.search(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2}\b", text))


def parse_iso(value: str) -> DateHit | None:
    """ISO 8601 date/time as found in metadata ("2024-12-07T10:00:00+03:00")."""
    m = _ISO.match(value.strip())
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    try:
        day = dt.date(y, mo, d)
        t = dt.time(int(m.group(4)), int(m.group(5)), int(m.group(6) or 0)) if m.group(4) else None
    except ValueError:
        return None
    tz = None
    if m.group(7):
        tz = dt.timezone.utc if m.group(7) == "Z" else _tz(m.group(7))
    return DateHit(day, _iso_published(day, t, tz), True, value.strip())


def _parse_arabic(text: str, ref: dt.date) -> DateHit | None:
    s = text.translate(_AR_DIGITS)
    s = _AR_LABEL.sub("", s.strip())
    for lev, std in _AR_MONTHS.items():
        s = s.replace(lev, std)
    words = []
    for tok in re.findall(r"[\u0600-\u06ff]+|\d{1,2}:\d{2}(?::\d{2})?|\d+|\S", s):
        if tok in _AR_DROP:
            continue
        if tok in _AR_AMPM:
            words.append(_AR_AMPM[tok])
            continue
        if _ARABIC.match(tok) and tok not in _AR_MONTH_WORDS:
            return None
        if not _ARABIC.match(tok) and not re.match(r"^\d", tok) and tok not in {"/", ".", ":"}:
            return None
        words.append(tok)
    if not any(w in _AR_MONTH_WORDS for w in words) or not any(w.isdigit() for w in words):
        return None
    clean = " ".join(words)
    try:
        got = dateparser.parse(clean, languages=["ar"], settings=_settings(ref, "ar"))
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if got is None:
        return None
    t = got.time() if _TIME.search(clean) else None
    return DateHit(got.date(), _iso_published(got.date(), t, None), _has_year(clean), text.strip())


def parse_date_text(text: str, ref: dt.date) -> DateHit | None:
    """*text* is a date and nothing else (labels/zones allowed). Else None."""
    raw = " ".join(text.replace("\u060c", ",").split())
    raw = re.sub(r"\s+,", ",", raw)
    if not raw or len(raw) > 90:
        return None
    if _ARABIC.search(raw):
        return _parse_arabic(raw, ref)
    label = ""
    s = raw
    m = LABEL_RE.match(s)
    if m:
        label = m.group(0).strip(" :-–—,").lower()
        s = s[m.end():]
    hit = parse_iso(s.strip(" .,|"))
    if hit:
        return DateHit(hit.date, hit.published, True, raw, label)
    s, tz, _zone = strip_zone(to_english(s))
    s = s.strip(" -–—|,·•()")
    if not s or not _only_date_tokens(s):
        return None
    s_norm = re.sub(r"\b([ap])\.\s?m\.", r"\1m", s, flags=re.IGNORECASE)
    s_norm = re.sub(r"(\d)\.(\d{2})\b(?![./-]\d)", r"\1:\2", s_norm)  # 10.30 -> 10:30
    s_norm = re.sub(r"\s*[|·•]\s*|\s+[-–—]\s+|\bat\b|\bon\b", " ", s_norm)
    try:
        got = dateparser.parse(s_norm, languages=["en"], settings=_settings(ref))
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if got is None or not 1900 <= got.year <= 2100:
        return None
    t = got.time() if _TIME.search(s_norm) else None
    return DateHit(got.date(), _iso_published(got.date(), t, tz), _has_year(s_norm), raw, label)


def date_line(line: str, ref: dt.date) -> DateHit | None:
    """A whole line that states a date, possibly in parts ("Published: X | Updated: Y")."""
    line = " ".join(line.split())
    if len(line) > 120:
        return None
    hit = parse_date_text(line, ref)
    if hit:
        return hit
    parts = [p for p in re.split(r"\s*[|·•]\s*|\s+[-–—]\s+(?=(?:updated|published|last)\b)", line, flags=re.I) if p.strip()]
    if len(parts) < 2:
        return None
    hits = [parse_date_text(p, ref) for p in parts]
    found = [h for h in hits if h]
    if len(found) != len(parts):
        return None
    for h in found:  # publication before update
        if not h.label.startswith(("updated", "last", "modified")):
            return DateHit(h.date, h.published, h.has_year, line, h.label)
    h = found[0]
    return DateHit(h.date, h.published, h.has_year, line, h.label)


_GLUED = re.compile(
    r"^\s*(?P<label>(?:date|dated|published|updated|posted)\s*:?\s*)?"
    r"(?P<date>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?|"
    + MONTH_RE + r"\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + MONTH_RE + r"\.?,?\s+\d{4})"
    r"\s+(?P<rest>[\"“‘']?[A-Z\u0600-\u06ff].{20,})$",
    re.IGNORECASE | re.DOTALL,
)


def glued_date_prefix(line: str, ref: dt.date) -> tuple[DateHit, str] | None:
    """" date 2024-12-07 Lebanon's Hezbollah ..." -> (date, "Lebanon's Hezbollah ...")."""
    m = _GLUED.match(line)
    if not m:
        return None
    if not m.group("label") and not re.match(r"\d{4}-", m.group("date")):
        return None
    if not m.group("rest")[0].isupper() and not m.group("rest")[0] in "\"“‘'" and not _ARABIC.match(m.group("rest")):
        return None
    hit = parse_date_text((m.group("label") or "") + m.group("date"), ref)
    if not hit:
        return None
    return hit, m.group("rest").strip()


_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z’'.\- ]{1,40}[A-Z.](?:,\s*[A-Z][A-Za-z.\-]+(?:\s[A-Z][A-Za-z.\-]+){0,2})?"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
    r"(?:\s*[,.]\s*(?:(?:le|el|il|am|den)\s+)?(?P<date>" + MONTH_ANY_RE + r"\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\.?\s+" + MONTH_ANY_RE
    + r"\.?(?:\s+\d{4})?))?"
    r"\s*(?:\((?P<agency>[^()]{2,40})\))?\s*(?P<dash>[-–—]+|:)\s+(?=\S)"
)


# Sudan Tribune style: "January 1, 2025 (EL FASHER) – ..." (full date first, upper-case place in brackets)
_DATE_FIRST = re.compile(
    r"^(?P<date>" + MONTH_RE + r"\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + MONTH_RE + r"\.?,?\s+\d{4})"
    r"\s*\((?P<place>[A-Z][A-Z’'.\- ]{1,40}[A-Z.])\)\s*[-–—]+\s+(?=\S)")
_AGENCY_ONLY = re.compile(r"^\((?P<agency>[A-Z][A-Za-z .\-]{1,40})\)\s*[-–—]+\s+(?=\S)")


@dataclass(frozen=True)
class Dateline:
    place: str
    date: DateHit | None
    agency: str | None
    text: str


def dateline(paragraph: str, ref: dt.date) -> Dateline | None:
    """"DAMASCUS, Dec. 8 (Reuters) - ..." at the start of a paragraph."""
    bare = _AGENCY_ONLY.match(paragraph)
    if bare:
        return Dateline("", None, bare.group("agency").strip(), bare.group(0).strip())
    first = _DATE_FIRST.match(paragraph)
    if first:
        hit = parse_date_text(first.group("date"), ref)
        if hit:
            return Dateline(first.group("place").strip(), hit, None, first.group(0).strip())
    m = _DATELINE.match(paragraph)
    if not m or not (m.group("date") or m.group("agency")):
        return None
    place = m.group("place").strip()
    if m.group("dash") == ":" and not m.group("agency"):
        return None
    hit = parse_date_text(m.group("date"), ref) if m.group("date") else None
    if not place.isupper() and not m.group("agency") and not (hit and hit.has_year):
        return None  # "Damascus, 2 March 2025 – ..." (a full date) is a dateline; "Beirut, March 2 – ..." needs caps
    return Dateline(place, hit, (m.group("agency") or "").strip() or None, m.group(0).strip())


_CAPTION_DATE = re.compile(
    r"\b(?:(?P<m1>" + MONTH_RE + r")\.?\s+(?P<d1>\d{1,2}),?\s+(?P<y1>(?:19|20)\d{2})"
    r"|(?P<d2>\d{1,2})\s+(?P<m2>" + MONTH_RE + r")\.?,?\s+(?P<y2>(?:19|20)\d{2}))\b"
)


def dates_in(text: str) -> list[dt.date]:
    """Full calendar dates (day, month, year) written in *text*."""
    out = []
    for m in _CAPTION_DATE.finditer(text):
        mon = MONTHS[(m.group("m1") or m.group("m2")).lower()]
        day = int(m.group("d1") or m.group("d2"))
        year = int(m.group("y1") or m.group("y2"))
        try:
            out.append(dt.date(year, mon, day))
        except ValueError:
            continue
    return out


_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PUBLISHED_WD = re.compile(
    r"\b(?:published|released|issued|posted|aired|broadcast)\s+(?:on\s+|late\s+|early\s+|this\s+)?" + _WD + r"\b")
_SAID_WD = re.compile(
    r"\b(?:said|told|announced|revealed|reported|stated|confirmed|claimed|added)\s+(?:on\s+|late\s+|early\s+)?" + _WD + r"\b")


def infer_from_weekday(body: str, floor: dt.date) -> tuple[dt.date, str] | None:
    """The first <weekday> on/after *floor* for "a report published Sunday"-style phrases."""
    for rx in (_PUBLISHED_WD, _SAID_WD):
        m = rx.search(body)
        if m:
            target = WEEKDAYS.index(m.group("wd").lower())
            day = floor + dt.timedelta(days=(target - floor.weekday()) % 7)
            return day, m.group(0)
    return None
