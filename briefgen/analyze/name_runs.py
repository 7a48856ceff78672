"""Runs of capitalised words split around names the gazetteer knows (``names.py``).

A run "Rafik Hariri University Hospital" that contains a known name stays whole when it
ends in an organisation/place word; otherwise the known mention cuts it into pieces.
"""

from __future__ import annotations

import bisect
import re

from .gazetteer import Gazetteer
from .name_words import ORG_END, PLACE_END, _ACRO_AFTER, _org_of


def _known_spans(sentence: str, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in gazetteer.find(sentence)]


def _pieces(sentence: str, m: re.Match, known: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The run split around known entity mentions; the whole run when it is an organisation/place
    whose name contains a known one ("Rafik Hariri University Hospital")."""
    start, end = m.start(), m.end()
    # *known* is sorted and non-overlapping (leftmost-longest matches), so its ends
    # are sorted too: a bisect window, not a scan (a one-line 1 MB text has
    # tens of thousands of runs and mentions in one "sentence").
    lo = bisect.bisect_right(known, start, key=lambda span: span[1])
    hi = bisect.bisect_left(known, end, lo, key=lambda span: span[0])
    inside = [(a, b) for a, b in known[lo:hi] if a < end and b > start]
    if not inside:
        return [(start, end)]
    run_words = sentence[start:end].split()
    last = run_words[-1].lower().rstrip(".")
    if (last in ORG_END or last in PLACE_END) and not any(b >= end for a, b in inside) \
            and " and " not in sentence[start:end]:  # not "the Red Sea and the Great Barrier Reef"
        return [(start, end)]
    acro = _ACRO_AFTER.match(sentence[end:end + 60])
    if acro and len(run_words) >= 3 and acro.group(1).upper() in (
            "".join(w[0] for w in run_words if w[0].isupper() and w.lower() != "the"),
            "".join(w[0] for w in run_words if w.lower() != "the").upper()):
        return [(start, end)]  # "China Association of Automobile Manufacturers (CAAM)": the acronym spells it all
    head = sentence[start:min(a for a, b in inside)].split()
    if _org_of(head + run_words[len(head):]) and any(
            w.lower() in ORG_END and n == "of" for w, n in zip(head, head[1:])):
        return [(start, end)]  # "Central Bank of the Republic of Türkiye"
    out = []
    pos = start
    for a, b in sorted(inside):
        if a > pos:
            out.append((pos, a))
        pos = max(pos, b)
        poss = re.match(r"['\u2019]s?\b", sentence[pos:end])  # "Germany's Bundestag"
        if poss:
            pos += poss.end()
    if pos < end:
        out.append((pos, end))
    return out
