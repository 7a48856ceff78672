"""The headline a page states in words: "This article appeared in the print edition under the headline "X"",
"A version of this article appears in print ... with the headline: X". When X is one of the lines at the top,
that line is the headline (a short one is then not a kicker over its deck)."""

from __future__ import annotations

import re

from . import lines as L
from .model import Line

_STATED = re.compile(r"\b(?:under|with)\s+the\s+(?:head(?:line|ing)|title)\s*:?\s*[\"“‘'«]?(?P<head>[^\"“”‘’«»]{3,200}?)"
                     r"[\"”’'»]?\s*\.?\s*$", re.IGNORECASE)


_NOTE = re.compile(r"^(?:this|the)\s+article\s+appeared|^a\s+version\s+of\s+this\s+(?:article|story)\s+appear", re.I)


def stated_headlines(lines: list[Line]) -> set[str]:
    """Comparison keys (``lines.norm_key``) of the headlines named by a print-edition note in the text (the note
    itself is marked boilerplate)."""
    keys = set()
    for ln in lines:
        t = ln.text.strip()
        if len(t) > 400:
            continue
        m = _STATED.search(t)
        if m and len(m.group("head").split()) >= 2:
            keys.add(L.norm_key(m.group("head")))
            if _NOTE.match(t) and ln.kind in ("", "body"):
                ln.kind, ln.reason = "boilerplate", "print-edition note (names the headline)"
    return keys
