"""Event timeline: dated statements found in an article's sentences.

Candidate dates are found with strict regular expressions (capitalised month
names next to a day number or year, "in 2013", weekday names, "last week") so
that words like "may" or numbers like "2,000" never become dates; explicit
month-day strings are then read by ``dateparser`` (``languages=['en']`` and a
fixed ``RELATIVE_BASE``: builds are deterministic).

How a date without a year is resolved (documented choice):

* against the article's own date: the most recent occurrence on or before
  it (up to 14 days after it counts as a near-future mention);
* a well-known date of the conflict (gazetteer ``dates``: "October 7" with
  "Hamas" nearby) wins when the article is within a few years after it;
* when the article date is unknown, against ``config.reference_date`` (the
  corpus "now"); weekday names and "last week" are then left out, since
  they cannot be resolved.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache

import dateparser

from ..models import Event
from .gazetteer import DateAnchor, Gazetteer, Mention
from .labels import make_label

MAX_EVENTS = 12
_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MON = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
        r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)")
_YR = r"(?:19[5-9]\d|20[0-4]\d)"
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("mdy", re.compile(rf"\b(?P<mon>{_MON})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>{_YR})\b)?")),
    ("dmy", re.compile(rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MON})(?:,?\s+(?P<year>{_YR})\b)?")),
    ("my", re.compile(rf"\b(?P<mon>{_MON})\s+(?:of\s+)?(?P<year>{_YR})\b")),
    ("m", re.compile(rf"(?:\b(?:in|since|by|until|during|from|early|late|mid|end of|start of)\s+|\bmid-)"
                     rf"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b"
                     rf"(?!\s+[0-3]?\d\b)")),
    ("y", re.compile(rf"(?<![\d,.$\u20ac\u00a3-])\b(?P<year>{_YR})\b(?![,.]?\d)(?!\s*(?:%|percent|fighters|people|troops|soldiers|rockets))")),
    ("wd", re.compile(r"\b(?P<rel>(?i:last|this|on|late|early)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b")),
    ("rel", re.compile(r"\b(?P<rel>yesterday|last week|this week|(?:over |in )?the past week|last month|this month|"
                       r"last year|this year|earlier this month|earlier this year|in recent days)\b", re.I)),
]


@dataclass(frozen=True)
class DateHit:
    start: int
    end: int
    date: str
    precision: str
    anchor: DateAnchor | None = None


@lru_cache(maxsize=4096)
def _parse_md(text: str, base: _dt.date) -> _dt.date | None:
    settings = {"RELATIVE_BASE": _dt.datetime(base.year, base.month, base.day), "PREFER_DATES_FROM": "past",
                "PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "MDY"}
    try:
        got = dateparser.parse(text, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return None
    return got.date() if got else None


def _month_num(mon: str) -> int:
    return _MONTHS[mon.lower().rstrip(".")]


def _resolve_md(month: int, day: int, base: _dt.date) -> _dt.date | None:
    """Most recent (month, day) on or before *base*; up to 14 days ahead counts as this year."""
    for year in (base.year, base.year - 1):
        try:
            d = _dt.date(year, month, day)
        except ValueError:
            continue
        if d <= base + _dt.timedelta(days=14):
            return d
    return None


def _anchor_for(month: int, day: int, sentence: str, base: _dt.date, anchors, after: str = "") -> DateAnchor | None:
    nxt = re.match(r"\s*(?:[\u2019']s\s+)?([A-Za-z]+)", after)
    for a in anchors:
        if (a.date.month, a.date.day) != (month, day) or not a.date <= base:
            continue
        if base.year - a.date.year > a.years:
            continue
        if nxt and nxt.group(1).lower() in a.follow:
            return a
        if not a.context or any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", sentence, re.I) for w in a.context):
            return a
    return None


def find_dates(sentence: str, base: _dt.date, known_date: bool, anchors=()) -> list[DateHit]:
    """Date expressions in *sentence*, resolved against *base*."""
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for kind, pat in _PATTERNS:
        for m in pat.finditer(sentence):
            s, e = m.span()
            if not free(s, e):
                continue
            hit = _resolve(kind, m, sentence, base, known_date, anchors)
            if hit:
                hits.append(hit)
                taken.append((s, e))
    hits.sort(key=lambda h: h.start)
    return hits


def _resolve(kind, m, sentence, base, known_date, anchors) -> DateHit | None:
    s, e = m.span()
    if kind in ("mdy", "dmy"):
        month, day = _month_num(m.group("mon")), int(m.group("day"))
        if not 1 <= day <= 31:
            return None
        if m.group("mon") == "May" and kind == "mdy" and re.match(r"May\s+\d+\s*(%|percent)", m.group(0)):
            return None
        year = m.group("year")
        anchor = None
        if year:
            d = _parse_md(m.group(0), base)
            if d is None:
                return None
        else:
            anchor = _anchor_for(month, day, sentence, base, anchors, sentence[e:e + 24])
            d = anchor.date if anchor else _resolve_md(month, day, base)
            if d is None:
                return None
            parsed = _parse_md(m.group(0), base)  # cross-check with dateparser
            if parsed is None or (parsed.month, parsed.day) != (month, day):
                return None
        if anchor is None:
            anchor = next((a for a in anchors if a.date == d
                           and _anchor_for(month, day, sentence, d, [a], sentence[e:e + 24])), None)
        return DateHit(s, e, d.isoformat(), "day", anchor)
    if kind == "my":
        return DateHit(s, e, f"{int(m.group('year')):04d}-{_month_num(m.group('mon')):02d}", "month")
    if kind == "m":
        month = _month_num(m.group("mon"))
        year = base.year if month <= base.month else base.year - 1
        return DateHit(m.start("mon"), m.end("mon"), f"{year:04d}-{month:02d}", "month")
    if kind == "y":
        year = int(m.group("year"))
        if year > base.year:
            return None
        before = sentence[max(0, s - 12):s].lower()
        after = sentence[e:e + 12].lower()
        if re.search(r"(no\.|number|resolution|flight|route|article|section|page|chapter)\s*$", before):
            return None
        if re.match(r"\s*-\s*year", after):  # "2024-year-old"
            return None
        return DateHit(s, e, f"{year:04d}", "year")
    if not known_date:
        return None
    if kind == "wd":
        rel = (m.group("rel") or "").strip().lower()
        wd = _WEEKDAYS.index(m.group("wd").lower())
        back = (base.weekday() - wd) % 7
        if rel == "last" and back == 0:
            back = 7
        d = base - _dt.timedelta(days=back)
        return DateHit(m.start("wd"), m.end("wd"), d.isoformat(), "day")
    if kind == "rel":
        rel = " ".join(m.group("rel").lower().split())
        if rel == "yesterday":
            return DateHit(s, e, (base - _dt.timedelta(days=1)).isoformat(), "day")
        if rel == "last week":
            return DateHit(s, e, (base - _dt.timedelta(days=7)).isoformat(), "day")
        if rel.endswith("past week") or rel in ("this week", "in recent days"):
            return DateHit(s, e, base.isoformat(), "day")
        if rel in ("this month", "earlier this month"):
            return DateHit(s, e, f"{base.year:04d}-{base.month:02d}", "month")
        if rel == "last month":
            prev = base.replace(day=1) - _dt.timedelta(days=1)
            return DateHit(s, e, f"{prev.year:04d}-{prev.month:02d}", "month")
        if rel in ("this year", "earlier this year"):
            return DateHit(s, e, f"{base.year:04d}", "year")
        if rel == "last year":
            return DateHit(s, e, f"{base.year - 1:04d}", "year")
    return None


def extract_events(sentences: list[str], mentions: list[list[Mention]], article_date: _dt.date | None,
                   reference_date: _dt.date, gazetteer: Gazetteer, article_text: str = "") -> list[Event]:
    """Dated events of an article, in date order (at most MAX_EVENTS, earliest mentions kept)."""
    base = article_date or reference_date
    events: list[Event] = []
    seen: set[tuple[str, str]] = set()
    context: list[Mention] = []
    for sent, ms in zip(sentences, mentions):
        for hit in find_dates(sent, base, article_date is not None, gazetteer.dates):
            if hit.anchor is not None:
                label = hit.anchor.label
            else:
                label = make_label(sent, (hit.start, hit.end), ms, context, article_text)
            if not label:
                continue
            key = (hit.date, label.lower())
            if key in seen:
                continue
            seen.add(key)
            events.append(Event(date=hit.date, precision=hit.precision, label=label, text=sent))
        context.extend(ms)
    events = events[:MAX_EVENTS]
    events.sort(key=lambda ev: (ev.date, ev.label))
    return events
