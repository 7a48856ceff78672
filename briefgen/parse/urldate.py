"""The publication date written in the article's own URL path: ".../2024/10/09/displaced-families/".

Many outlets put the day of publication in the path (/YYYY/MM/DD/, /YYYY-MM-DD-slug, /YYYYMMDD/). Used only
when the page states no date line, dateline or metadata date, and only for the article's own address: the
metadata URL, or a URL pasted on its own line above the story (a URL further down is a link to another page).
"""

from __future__ import annotations

import datetime as dt
import re

from .model import Line

_URL_LINE = re.compile(r"^\s*<?(?P<url>(?:https?://|www\.)\S+?)>?\s*$", re.IGNORECASE)
_PATH_DATE = re.compile(r"/(?P<y>(?:19|20)\d{2})(?P<sep>[/\-]?)(?P<m>0[1-9]|1[0-2]|[1-9])(?P=sep)"
                        r"(?P<d>0[1-9]|[12]\d|3[01]|[1-9])(?=[/\-_.]|$)")


def date_in_url(url: str | None) -> dt.date | None:
    """The year-month-day in *url*'s path, else None (one-digit months/days only with a separator)."""
    if not url:
        return None
    path = re.sub(r"^(?:https?://)?[^/]+", "", url.strip(), flags=re.IGNORECASE)
    for m in _PATH_DATE.finditer(path):
        if not m.group("sep") and (len(m.group("m")) < 2 or len(m.group("d")) < 2):
            continue
        try:
            return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
    return None


def own_url(url: str | None, lines: list[Line]) -> str | None:
    """The article's address: the metadata URL, else a URL alone on a line above the first paragraph."""
    if url:
        return url
    for ln in lines[:6]:
        m = _URL_LINE.match(ln.text)
        if m:
            return m.group("url")
        if ln.kind in ("", "body") and len(ln.text.split()) > 12:
            break  # the story has started
    return None
