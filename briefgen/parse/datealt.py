"""Date rows of shapes the plain date-line reader misses (all seen on translated and video pages):

- a row giving the day in several calendars side by side ("Saturday, Jumada al-Awwal 28, 1446 AH / November 30,
  2024"; "Tuesday, 20 Azar 1403 / ... / December 10, 2024"): the Gregorian segment dates the page;
- a labelled date of the original of a translation ("Date of original: Saturday, 8 February 2025",
  "Original publication date: ..."): a short label ending in a colon that names a date;
- a video page's statistics row ("148,233 views  Oct 4, 2024  #Lebanon #Israel"): view count, date, hashtags.
"""

from __future__ import annotations

import datetime as dt
import re

from .dates import DateHit, date_line

_SEGMENTS = re.compile(r"\s+[/|]\s+|\s+[–—]\s+")
_LABEL = re.compile(r"^(?P<label>(?:[\w'’]+\s+){0,4}?[\w'’]+)\s*:\s*(?P<rest>.+)$")
_VIEWS = re.compile(r"^[\d.,\s]+[KkMm]?\s+views?\b[\s•·|]*(?P<rest>.+?)(?:\s+#[\w\-]+)*\s*$", re.I)


def _gregorian(text: str, ref: dt.date) -> DateHit | None:
    hit = date_line(text.strip(" ,;.[]()"), ref)
    return hit if hit is not None and hit.has_year and hit.date.year >= 1900 else None


def calendar_row(text: str, ref: dt.date) -> DateHit | None:
    """The Gregorian date of a row of 2-4 dated segments in different calendars."""
    parts = [p for p in _SEGMENTS.split(text.strip()) if p.strip()]
    if not 2 <= len(parts) <= 4 or len(text.split()) > 24 or not all(re.search(r"\d", p) for p in parts):
        return None
    hits = [h for h in (_gregorian(p, ref) for p in parts) if h is not None]
    return hits[0] if len({h.date for h in hits}) == 1 else None


def labelled_original(text: str, ref: dt.date) -> DateHit | None:
    """ "Date of original: 8 February 2025": a short label naming a date (or an original) over a date."""
    m = _LABEL.match(text.strip())
    if not m or not re.search(r"\b(?:date|dated|original)\b", m.group("label"), re.I):
        return None
    return _gregorian(m.group("rest"), ref)


def views_row(text: str, ref: dt.date) -> DateHit | None:
    """ "148,233 views  Oct 4, 2024  #Lebanon": a video's view count, upload date and hashtags."""
    m = _VIEWS.match(text.strip())
    return _gregorian(m.group("rest"), ref) if m else None


def other_date_line(text: str, ref: dt.date) -> DateHit | None:
    """The date of a calendar row, a labelled original date or a video statistics row, else None."""
    if len(text) > 200:
        return None
    return calendar_row(text, ref) or labelled_original(text, ref) or views_row(text, ref)
