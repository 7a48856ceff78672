"""Live blogs: under a generic "Day N" / "Live" title, the first timestamped entry carries the headline."""

from __future__ import annotations

import re

from .model import Line

_LIVE = re.compile(r"^(?:live\s*-?\s*blog|live(?:\s+updates?|\s+coverage)?|live\s*:.*)\b", re.I)
_TIME_LINE = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$|^\d{1,2}\s*[ap]\.?m\.?$", re.I)


# "Israel at war: Day 247", "Day 1,000", "War in Ukraine - day 3", "Day 45 of the war": a counter, not a headline
_DAY_LABEL = re.compile(r"^(?:[^:|–—]{1,40}(?::|\s[|–—-])\s*)?day\s+(?:\d{1,3}(?:,\d{3})*|\d{4})"
                        r"(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s*$", re.IGNORECASE)
_DAY_THEN = re.compile(r"^day\s+(?:\d{1,3}(?:,\d{3})*|\d{4})\s*(?::|\s[|–—-])\s*(?P<tail>[^:|–—.!?]{1,40})$", re.IGNORECASE)


def day_label(text: str) -> bool:
    """A live blog's / war's day counter line (a label over the real headline or the entries): "Day 247",
    "Israel at war: Day 247", "Day 3 | Live updates", "Day 88 - Gulf shipping crisis"; but "Day 3: Israel strikes
    Beirut" (a clause, subject and verb, after the counter) is a series headline."""
    t = text.strip()
    if len(t.split()) > 9:
        return False
    if _DAY_LABEL.match(t):
        return True
    m = _DAY_THEN.match(t)
    if not m:
        return False
    from .furniture import section_label, title_case
    from .toplines import clause
    tail = m.group("tail").strip()
    return bool(_LIVE.match(tail)) or section_label(tail) or title_case(tail) or not clause(tail)


def live_entry(anchored: list[Line], lines: list[Line]) -> Line | None:
    """In a live blog (a "Live"/"Liveblog" kicker above), the first entry headline under a timestamp."""
    if not anchored:
        return None
    first = _index(lines, anchored[0])
    if not any(_LIVE.match(x.text.strip()) for x in lines[:first + 3]):
        return None
    top = anchored[0].text
    if len(top.split()) > 6 and not re.search(r"\bday\s+\d+\b|\blive\s*(?:blog|updates?)\b", top, re.I):
        return None  # "Israel-Lebanon live: Strikes hit Tyre as ...": the page has its own headline
    for c in anchored:
        k = _index(lines, c)
        if k > 0 and _TIME_LINE.match(lines[k - 1].text.strip()):
            return c
    return None


def _index(lines: list[Line], ln: Line) -> int:
    return next(k for k, x in enumerate(lines) if x is ln)
