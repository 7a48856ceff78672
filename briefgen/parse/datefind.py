"""Dates inside short metadata lines (bylines, "Published ... | Updated ..." rows).

Copied pages glue and decorate their date rows: "December 8, 20249:58 PM
GMT+2Updated 2 hours ago", "Published On 11 Oct 202411 Oct 2024",
"by Naharnet Newsdesk 19 November 2024, 13:05", "Published: 11.26.24, 18:22".
``find_dates`` splits glued tokens, finds every full date (with the time and
zone written next to it and the label before it) and returns what is left of
the line. A line counts as a date line only when nothing but labels,
separators and relative times ("2 hours ago") is left; a byline when the rest
is a name. Numeric dates are read day-first unless that is impossible (or the
outlet writes month-first); two-digit years are 20YY.
"""

from __future__ import annotations

import datetime as dt
import re

from .dates import _ZONE_NAMED, MONTH_RE, MONTHS, DateHit, _iso_published, strip_zone
from .lexicon import FOREIGN_MONTH_RE, FOREIGN_WEEKDAY_RE, MONTHS_ALL

# month/weekday names in the major European languages: only ever read inside short date rows / bylines
_ALL_MONTHS = MONTHS_ALL
_MONTH_ANY = r"(?:" + MONTH_RE[3:-1] + "|" + FOREIGN_MONTH_RE + r")"
_WD = (r"(?:(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?|" + FOREIGN_WEEKDAY_RE + r")\.?,?\s+)?")
_MON = r"(?P<mon>" + _MONTH_ANY + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_TIME = r"(?:\d{1,2}\s?h\s?\d{2}\b|\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
_ABBR = r"(?:UTC|GMT|IDT|IST|EST|EDT|PST|PDT|ET|PT|CET|CEST|BST|EET|EEST|AST|TRT|IRST|MSK|GST|Z)"
_ZONE = (r"(?:\(?(?:GMT|UTC)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?\)?|\(?\b" + _ABBR + r"\b\)?|"
         + _ZONE_NAMED.pattern + r"|\(?\blocal\s+time\b\)?)")
_DATE_CORE = (
    r"(?:" + _WD + _DAY + r"(?:\.\s*|\s+)(?:de\s+)?" + _MON + r"(?:,?\s+(?:de\s+)?|(?<=\.))" + _YEAR +
    r"|" + _WD + _MON.replace("mon>", "mon2>") + r",?\s+" + _DAY.replace("day>", "day2>") + r",?\s+"
    + _YEAR.replace("year>", "year2>") +
    r"|(?<![\d.])(?P<iso>(?:19|20)\d{2}-\d{2}-\d{2})(?:[T ](?P<isotime>\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?"
    r"(?P<isozone>Z|[+\-]\d{2}:?\d{2})?)?"
    r"|(?<![\d.:/])" + _WD + r"(?P<n1>\d{1,2})(?P<sep>[./\-])(?P<n2>\d{1,2})(?P=sep)(?P<n3>(?:19|20)\d{2}|\d{2})"
    r"(?![\d:]|\.\d)"
    r"|(?<![\d.:/])(?P<y4>(?:19|20)\d{2})(?P<ysep>[./])(?P<ym>[01]?\d)(?P=ysep)(?P<yd>[0-3]?\d)(?![\d:]|\.\d))"  # 2025/03/12
)
_SPAN = re.compile(
    r"(?:(?P<t0>" + _TIME + r")\s*(?P<z0>" + _ZONE + r")?\s*(?:,|[-–—](?=\s*\d))?\s*)?"
    r"(?P<date>" + _DATE_CORE + r")"
    r"(?:(?:\s*(?:,\s*(?:at|à|às|a las|um)\b|,|\bat\b|\bàs?\b|/|\||[-–—])\s*|\s+)(?P<t1>" + _TIME + r"))?"
    r"(?:\s*(?:[-–—]\s*)?(?P<z1>" + _ZONE + r"))?",
    re.IGNORECASE,
)
_LABEL_BEFORE = re.compile(
    r"(?P<label>(?:first\s+|originally\s+)?published|posted|issued|released|created|"
    r"(?:last\s+)?(?:updated?|modified|edited)|publié|mis\s+à\s+jour|actualisé|publicado|actualizado|"
    r"veröffentlicht|aktualisiert|pubblicato|aggiornato|publicada|atualizado|live\s*-?\s*blog|live\s+updates?(?:\s+from)?)(?:\s+(?:on|at|le|el|am))?\s*:?\s*$",
    re.IGNORECASE)
_PERSIAN = (r"(?:Farvardin|Ordibehesht|Khordad|Tir|Mordad|Amordad|Shahrivar|Mehr|Aban|Azar|Dey|Day|Bahman|Esfand|"
            r"Esfahand)")
_RESIDUE = re.compile(
    r"\b(?:(?:first\s+|originally\s+)?published|posted|issued|released|created|last|updated?|modified|edited|"
    r"on|at|date|dated|time|edit|follow|publication|\d+\s*(?:-\s*)?min(?:ute)?s?\.?(?:\s*read)?|(?:read|reading)\s+time|"
    r"(?:temps\s+de\s+lecture|lesezeit|tiempo\s+de\s+lectura|tempo\s+di\s+lettura)(?:\s*:?\s*\d+\s*min\.?)?|"
    r"(?:news\s+|article\s+|story\s+)?(?:code|id)\s*:\s*\d{3,}|"  # an article code in the date row ("Code: 85617342")
    r"modificato|modifica(?:\s+il)?|aggiornato(?:\s+il)?|pubblicato(?:\s+il)?|atualizado(?:\s+em)?|publicado(?:\s+em)?|"
    r"(?:corresponding|equivalent)\s+to|الموافق|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|" + FOREIGN_WEEKDAY_RE + r"|(?:le|el|am)(?=\s*(?:\||$))|à|publié|mis\s+à\s+jour|"
    r"(?:(?:about|over|nearly|almost|around)\s+)?(?:\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|[smhdwy])\s*,?\s*)+ago|"
    r"(?:(?:about|over|nearly|almost|around)\s+)?an?\s+(?:second|minute|hour|day|week|month|year)\s+ago|"
    r"\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?|"  # a bare time left over ("Updated 14:05")
    r"(?:GMT|UTC)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?|"
    r"just\s+now|AD|CE|uhr|"
    # a Hijri date written next to the Gregorian one ("6 August 2025 AD - 12 Safar 1447 AH")
    r"\d{1,2}\s+(?:Muharram|Safar|Rabi[a-z'’]*(?:\s+(?:al-|ul-|el-)?(?:Awwal|Thani|Akhir|Akhar|I|II))?|"
    r"Juma?d[a-z'’]*(?:\s+(?:al-|ul-|el-)?(?:Ula|Awwal|Akhirah|Akhira|Thani|Thaniyah|I|II))?|Rajab|Sha['’]?ban|"
    r"Ramadan|Ramadhan|Shawwal|Dhu?[ -]?al[ -]?(?:Qa['’]?dah|Qi['’]?dah|Hijjah))\s+1[34]\d{2}(?:\s*(?:AH|H|هـ))?|"
    # a Solar Hijri (Iranian) date next to the Gregorian one: "22 Esfand 1403", "Esfand 22, 1403", "1403/12/22"
    r"(?:\d{1,2}\s+" + _PERSIAN + r"|" + _PERSIAN + r"\s+\d{1,2},?)\s+1[34]\d{2}(?:\s*(?:SH|AP|HS))?|"
    r"1[34]\d{2}[/.\-][01]?\d[/.\-][0-3]?\d"
    r")(?!\w)|\((?:[A-Z][a-zé]+(?:[ -][A-Z][a-zé]+)?)\)", re.IGNORECASE)
_SEPARATORS = " \t|/\\-–—,;:·•[](){}.*ـ"


def tidy(text: str) -> str:
    """Normalise odd punctuation in date rows: Arabic comma, "February ,2025:", "November، 2024"."""
    s = text.replace("\u060c", ",").replace("\uff0c", ",")
    s = re.sub(r"\s+,", ",", s)
    s = re.sub(r",(?=\d)", ", ", s)
    s = re.sub(r"(?<!\d)((?:19|20)\d{2})\s*:\s+(?=\d{1,2}[:.]\d{2})", r"\1 ", s)  # "2025: 10:47 PM"
    return s


def unglue(text: str) -> str:
    """Insert the spaces copy-paste lost: "20249:58 PM", "202411 Oct", "GMT+2Updated", "PublishedMarch"."""
    text = tidy(text)
    s = re.sub(r"(?<!\d)((?:19|20)\d{2})(?=\d{1,2}[:.]\d{2}\b)", r"\1 ", text)
    s = re.sub(r"(?<!\d)((?:19|20)\d{2})(?=[0-3]?\d\s*" + MONTH_RE + r"\b)", r"\1 ", s, flags=re.IGNORECASE)
    s = re.sub(r"(?<!\d)((?:19|20)\d{2})(?=" + MONTH_RE + r"\b)", r"\1 ", s)
    s = re.sub(r"(?<=\S)(?=(?:Updated|Published|Posted|Modified|Last\s+Update|Update)\b)", " ", s)
    s = re.sub(r"\b(Published|Updated|Posted|Modified|Issued)(?=[A-Z0-9])", r"\1 ", s)
    return s


def _time(text: str | None) -> dt.time | None:
    if not text:
        return None
    m = re.match(r"(\d{1,2})(?:\s?[:.h]\s?(\d{2}))?(?::(\d{2}))?\s*(?:([ap])\.?\s?m\.?)?", text.strip(), re.IGNORECASE)
    if not m:
        return None
    hh, mm, ss = int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)
    if m.group(4):
        if not 1 <= hh <= 12:
            return None
        hh = hh % 12 + (12 if m.group(4).lower() == "p" else 0)
    if hh > 23 or mm > 59 or ss > 59:
        return None
    return dt.time(hh, mm, ss)


def _numeric(a: int, b: int, year: int, order: str) -> dt.date | None:
    """D/M/Y unless impossible (or the outlet writes M/D/Y); None when neither order is a date."""
    tries = ((b, a), (a, b)) if order == "MDY" else ((a, b), (b, a))
    for day, month in tries:
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return None


def _date_of(m: re.Match[str], order: str) -> dt.date | None:
    try:
        if m.group("iso"):
            return dt.date.fromisoformat(m.group("iso"))
        if m.group("y4"):
            return dt.date(int(m.group("y4")), int(m.group("ym")), int(m.group("yd")))
        if m.group("n1"):
            y = int(m.group("n3"))
            y = y + 2000 if y < 100 else y
            return _numeric(int(m.group("n1")), int(m.group("n2")), y, order)
        mon = m.group("mon") or m.group("mon2")
        day = m.group("day") or m.group("day2")
        year = m.group("year") or m.group("year2")
        return dt.date(int(year), _ALL_MONTHS[mon.lower().rstrip(".")], int(day))
    except (ValueError, KeyError):
        return None


def find_dates(line: str, order: str = "DMY") -> tuple[list[DateHit], str]:
    """Every full date in a short *line* (label, time, zone attached) and the rest of the line."""
    text = unglue(" ".join(line.split()))
    hits: list[DateHit] = []
    rest: list[str] = []
    pos = 0
    for m in _SPAN.finditer(text):
        day = _date_of(m, order)
        if day is None or not 1900 <= day.year <= 2100:
            continue
        before = text[pos: m.start()]
        lab = _LABEL_BEFORE.search(before)
        label = ""
        if lab:
            word = lab.group("label").lower()
            label = "updated" if re.search(r"updat|modif|edit|last|jour|actuali|aktuali|aggiorn|atualiz", word) else "published"
            before = before[: lab.start()]
        rest.append(before)
        if m.group("iso"):
            t = _time(m.group("isotime"))
            zone = m.group("isozone") or ""
        else:
            t = _time(m.group("t1") or m.group("t0"))
            zone = m.group("z1") or m.group("z0") or ""
        tz = None
        if zone:
            _rest, tz, _label = strip_zone(zone if zone.strip() != "Z" else "0:00 Z")
        hits.append(DateHit(day, _iso_published(day, t, tz), True, m.group(0).strip(), label))
        pos = m.end()
    rest.append(text[pos:])
    return hits, " | ".join(x for x in rest if x.strip())


def leftover(rest: str) -> str:
    """What is left of a date row once labels, relative times and separators are gone."""
    return _RESIDUE.sub(" ", rest).strip(_SEPARATORS + " ")


def choose(hits: list[DateHit]) -> DateHit:
    """The publication date: the first hit not labelled as an update, else the first."""
    for h in hits:
        if h.label != "updated":
            return h
    return hits[0]


def meta_date_line(line: str, order: str = "DMY") -> DateHit | None:
    """A short line made only of dates, times, zones, labels and separators."""
    if len(line) > 240 or len(line.split()) > 40:
        return None
    hits, rest = find_dates(line, order)
    if not hits or (re.search(r"\w", leftover(rest)) and not _section_rest(rest, line, hits)):
        return None
    h = choose(hits)
    return DateHit(h.date, h.published, True, " ".join(line.split()), h.label)


def _section_rest(rest: str, line: str, hits: list[DateHit]) -> bool:
    """The rest of a date row is a section label before the date ("Politics | Code: 85617342 | October 4, 2024");
    a label after the date ("Jul 19, 2024 - World") is not read so."""
    from .furniture import section_label
    if not unglue(" ".join(line.split())).rstrip(" .|").endswith(hits[-1].text):
        return False
    if "|" in line:
        parts = [p for p in (leftover(x) for x in rest.split(" | ")) if re.search(r"\w", p)]
        return len(parts) == 1 and len(parts[0].split()) <= 3 and section_label(parts[0])
    # a kicker trail before the date: "Q&A / Middle East & North Africa 5 December 2024"
    parts = [p for p in (leftover(x) for x in re.split(r"\s+[/·•]\s+", rest)) if re.search(r"\w", p)]
    return len(hits) == 1 and len(parts) == 2 and all(section_label(p) for p in parts)


_NAME_WORD = re.compile(r"(?:[A-Z][\w'’.\-]*|(?:the|of|al|el|de|la|le|du|&)|[A-Z]{2,}(?:-[A-Z]+)?)$")


def named_date_line(line: str, order: str = "DMY", series: bool = False) -> DateHit | None:
    """A date row that also names its place or outlet and nothing else: "ISTANBUL Mar 31, 2024 11:55 pm",
    "Saturday December 14 2024, 5.00pm GMT, The Times" (a capitalised name of at most four words)."""
    hits, rest = find_dates(line, order)
    if len(hits) != 1:
        return None
    text = unglue(" ".join(line.split()))
    at = text.find(hits[0].text)
    before = leftover(text[:at]).replace(",", " ").split() if at >= 0 else []
    after = leftover(text[at + len(hits[0].text):]).replace(",", " ").split() if at >= 0 else []
    piped = series and at >= 0 and bool(re.search(r"[|·•]\s*$", text[:at]))  # "ACLED Regional Overview | 13 February 2025"
    if before and (after or not (piped or all(re.fullmatch(r"[A-Z][A-Z'’.\-]+", w) for w in before))):
        return None  # before the date only a dateline place in capitals ("ISTANBUL")
    words = before or after
    if not 1 <= len(words) <= (6 if piped else 4) or not all(_NAME_WORD.match(w) for w in words) or not words[-1][:1].isupper():
        return None
    h = hits[0]
    return DateHit(h.date, h.published, True, " ".join(line.split()), h.label)


_SERIES = re.compile(r"^[^\W\d_][\w .&'’\-]{0,60}?(?:\s*[·•|:–—]\s*|\s)(?:(?:No\.?|N[°º]\.?|Number|Issue|Edition|Vol\.?)\s*#?|#)"
                     r"\s*\d{1,5}$", re.IGNORECASE)


def series_date_line(line: str, order: str = "DMY") -> DateHit | None:
    """"INSS Insight No. 1921, December 15, 2024", "Middle East Report N°252 | 22 May 2025": an issue's date."""
    if len(line) > 160:
        return None
    hits, rest = find_dates(line, order)
    if len(hits) != 1 or not _SERIES.match(leftover(rest)):
        return None
    h = hits[0]
    return DateHit(h.date, h.published, True, " ".join(line.split()), h.label)


_SHORT_YEAR = re.compile(r"(?<!\d)(?P<day>[0-3]?\d)\s+(?P<mon>" + MONTH_RE[3:-1] + r")\.?\s+(?P<year>\d{2}|(?:19|20)\d{2})\s*$",
                         re.IGNORECASE)


def trailing_date(line: str, order: str = "DMY") -> DateHit | None:
    """The date closing a source/copyright stamp: "Source: BBC Monitoring 30 Nov 24" (two-digit years allowed here)."""
    m = _SHORT_YEAR.search(line.strip())
    if m:
        year = int(m.group("year"))
        try:
            day = dt.date(year + 2000 if year < 100 else year, MONTHS[m.group("mon").lower().rstrip(".")], int(m.group("day")))
        except (ValueError, KeyError):
            return None
        return DateHit(day, None, True, m.group(0).strip(), "")
    hits, _rest = find_dates(line, order)
    return hits[-1] if hits else None
