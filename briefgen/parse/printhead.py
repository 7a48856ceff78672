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


def stacked_titles(lines: list[Line]) -> set[str]:
    """Keys of a title the page states twice at the top: as a stack of 2-4 short lines ("Regional Overview" /
    "Middle East" / "November 2024") and then as one line with the same words ("Regional Overview Middle East
    November 2024"): the repeated line is the page's title, not a label."""
    keys = set()
    top = [ln for ln in lines[:16] if ln.text.strip()]
    for k, ln in enumerate(top):
        key = L.norm_key(ln.text)
        if len(key.split()) < 3:
            continue
        for n in (2, 3, 4):
            stack = top[max(0, k - n):k]
            if len(stack) == n and all(len(x.text.split()) <= 5 for x in stack) \
                    and L.norm_key(" ".join(x.text for x in stack)) == key:
                keys.add(key)
    return keys
