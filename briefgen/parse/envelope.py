"""A forwarded e-mail: the envelope (From/Date/Subject/To of each forward) is never the article.

* Every header block of a forward ("---------- Forwarded message ---------", "-----Original Message-----",
  "Begin forwarded message:", or a header whose subject carries "Fwd:"/"FW:") is boilerplate, its Date/Sent
  field included: when a message was forwarded is not when the article was published.
* A subject (innermost first) that opens a line of the forwarded text marks that line as the headline;
  otherwise the subject is the forwarder's own words ("Fwd: pager thing - read this") and the headline is
  picked from the forwarded text like any other.
* The forwarder's note between a header block and the next separator ("---", "Begin forwarded article:",
  another header block) is boilerplate.
"""

from __future__ import annotations

import re

from .lines import headline_like
from .model import Line

FIELD = re.compile(r"^\s*(?P<field>to|from|cc|bcc|date|sent|re|subject|subj|reply-to)\s*:\s*(?P<value>\S.*)$",
                   re.IGNORECASE)
# reply/forward prefixes of an e-mail subject ("FW:", "Fwd:", "RE:", "AW:", "WG:", "TR:", "RE[2]:")
FWD_PREFIX = re.compile(r"^\s*(?:(?:fwd?|re|aw|wg|tr|sv|vs)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_MARKER = re.compile(
    r"^\s*(?:-{2,}\s*(?:forwarded\s+message|original\s+message|message\s+transféré|weitergeleitete\s+nachricht|"
    r"mensaje\s+reenviado)\s*-{2,}|begin\s+forwarded\s+(?:message|article|e-?mail)\s*:?|"
    r"-{2,}\s*forwarded\s+by\b.*)\s*$", re.IGNORECASE)
_SEPARATOR = re.compile(r"^\s*(?:[-_=*~]\s*){3,}$")
# "Defense News - Navy seizes ..." / "Al-Monitor: Russia bases Syria": a newsletter/outlet name before the words
_SUBJECT_SOURCE = re.compile(r"^(?P<src>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})\s*(?:\s[-–—|]|:)\s+(?P<rest>\S.{10,})$")
_ENVELOPE = ("from", "to", "cc", "bcc", "date", "sent", "subject", "subj", "re", "reply-to")
_NOTE_SPAN = 8  # a forwarding note longer than this many lines is not a note


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _blocks(lines: list[Line]) -> list[tuple[int, int]]:
    """(first, last) indexes of each run of e-mail header fields (and forward markers)."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(lines):
        if lines[k].kind or not (FIELD.match(lines[k].text) or _MARKER.match(lines[k].text)):
            k += 1
            continue
        j = k
        while j + 1 < len(lines) and not lines[j + 1].kind and FIELD.match(lines[j + 1].text):
            j += 1
        names = {FIELD.match(x.text).group("field").lower() for x in lines[k:j + 1] if FIELD.match(x.text)}
        if _MARKER.match(lines[k].text) or len(names & {"from", "subject", "subj", "date", "sent", "to"}) >= 2:
            out.append((k, j))
        k = j + 1
    return out


def _subjects(lines: list[Line], blocks: list[tuple[int, int]]) -> list[str]:
    out = []
    for first, last in reversed(blocks):  # innermost first
        for x in lines[first:last + 1]:
            m = FIELD.match(x.text)
            if m and m.group("field").lower() in ("subject", "subj", "re"):
                clean = FWD_PREFIX.sub("", m.group("value")).strip()
                src = _SUBJECT_SOURCE.match(clean)
                out += [clean] + ([src.group("rest").strip()] if src else [])
    return out


def forwarded(lines: list[Line]) -> bool:
    """Handle a forwarded e-mail (see module doc); False when *lines* are not one."""
    blocks = [b for b in _blocks(lines) if b[0] < 60]
    if not blocks:
        return False
    subj = [FIELD.match(x.text) for f, la in blocks for x in lines[f:la + 1]]
    is_fwd = any(_MARKER.match(lines[f].text) for f, _ in blocks) or any(
        m and m.group("field").lower() in ("subject", "subj", "re") and FWD_PREFIX.match(m.group("value"))
        for m in subj)
    if not is_fwd:
        return False
    dates = []
    for first, last in blocks:
        for x in lines[first:last + 1]:
            m = FIELD.match(x.text)
            if _MARKER.match(x.text) or (m and m.group("field").lower() in _ENVELOPE):
                x.kind, x.reason = "boilerplate", f"forwarded e-mail envelope '{x.text.strip()}'"
                if m and m.group("field").lower() in ("date", "sent"):
                    dates.append(x)
    # the forwarder's note: between a header block and a separator / marker / the next block, if short
    for first, last in blocks:
        stop = None
        for k in range(last + 1, min(len(lines), last + 1 + _NOTE_SPAN)):
            t = lines[k].text
            if _SEPARATOR.match(t) or _MARKER.match(t) or any(k == f for f, _ in blocks):
                stop = k
                break
        if stop is not None:
            for x in lines[last + 1:stop + 1]:
                if not x.kind and x.hint != "figure":
                    x.kind, x.reason = "boilerplate", "forwarding note above the forwarded text"
    tail = blocks[-1][1] + 1
    for cand in _subjects(lines, blocks):
        key = _key(cand)
        if len(key) < 12 or len(cand.split()) < 4:
            continue
        inner = next((x for x in lines[tail:] if not x.kind and _key(x.text).startswith(key)
                      and len(x.text.split()) <= 30), None)
        if inner is not None:
            inner.hint = "headline"
            for x in lines[tail: lines.index(inner)]:  # the newsletter's widgets above the forwarded article
                if not x.kind and x.hint != "figure":
                    x.kind, x.reason = "boilerplate", "forwarded page text above the forwarded article"
            return True
    first_text = next((x for x in lines[tail:] if not x.kind and x.hint != "figure"), None)
    subjects = _subjects(lines, blocks)
    if subjects and first_text is not None and not headline_like(first_text.text):
        # the forwarded text starts with its story, no title of its own: the (cleaned) subject names it,
        # and the one envelope date is the best date there is
        ln = next(x for f, la in reversed(blocks) for x in lines[f:la + 1]
                  if (m := FIELD.match(x.text)) and m.group("field").lower() in ("subject", "subj", "re"))
        best = FWD_PREFIX.sub("", FIELD.match(ln.text).group("value")).strip()
        src = _SUBJECT_SOURCE.match(best)
        best = src.group("rest").strip() if src and len(src.group("rest").split()) >= 4 else best
        ln.text, ln.kind, ln.reason, ln.hint = best, "", "", "headline"
        if len(dates) == 1:
            dates[0].kind, dates[0].reason = "", ""
    return True
