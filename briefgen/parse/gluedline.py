"""A headline glued to the story's dateline when a page is copied without line breaks:
"Yemeni forces hit Jaffa with missileTEHRAN, Dec. 21 (MNA) – The ..." -> the headline + the story.

The split point is a lower-case letter (or closing punctuation) directly followed by an ALL-CAPS place name
and either ", <month> <day>" or a wire credit "(Reuters) –": the shape of a news dateline.
"""

from __future__ import annotations

import re

from .model import Line

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_PLACE = r"[A-Z][A-Z'’.-]{2,}(?:[\s-][A-Z][A-Z'’.-]{1,}){0,3}"
_GLUED = re.compile(
    rf"(?<=[a-z\d)”\"’'!?])(?P<rest>{_PLACE}\s*(?:,\s*{_MONTH}\.?\s+\d{{1,2}}\b|"
    rf"(?:,\s*[A-Z][\w ]{{2,30}})?\s*\([A-Z][\w .&-]{{1,30}}\)\s*[-–—]\s))")


def split_glued_dateline(lines: list[Line]) -> list[Line]:
    """Split the first such glued line among the first few content lines (see module doc)."""
    out: list[Line] = []
    done = False
    for n, ln in enumerate(lines):
        m = None if done or n > 12 or ln.kind or ln.hint not in (None, "para") else _GLUED.search(ln.text)
        if m is not None:
            head = ln.text[:m.start("rest")].strip()
            if 3 <= len(head.split()) <= 25 and not re.search(r"[.!?]\s", head):
                out.append(Line(head, True, None))
                ln.text, ln.start = ln.text[m.start("rest"):], True
                done = True
        out.append(ln)
    return out
