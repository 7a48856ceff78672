"""A title hard-wrapped over 2-3 lines at the top of a PDF paste, re-joined before the headline is picked."""

from __future__ import annotations

import re

from . import lines as L
from .agreement import agreement, enough, lead_stems
from .casing import SMALL, sentence_cased, title_cased
from .model import Line

_CONTENT = ("", "body")
FUNCTION_END = frozenset("a an the and or of to in on at for with from between against by as over into after "
                         "amid its their his her than vs".split())


def _index(lines: list[Line], ln: Line) -> int:
    return next(k for k, x in enumerate(lines) if x is ln)


def _mark(ln: Line, got: tuple[str, str | None, str]) -> None:
    ln.kind, ln.outlet, ln.reason = got


# words that open the second half of a title set over two lines of one block
_CONTINUES = frozenset("after before since without beyond under against between among versus vs and or but in on "
                       "at for from with of to into amid through".split())
_STOP_END = re.compile(r"[.!?:;,]$")
_HYPHEN_END = re.compile(r"[^\W\d_]-$")


def _capitalised(text: str, least: int) -> bool:
    """At least *least* content words and every content word capitalised."""
    content = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w.lower() not in SMALL]
    return len(content) >= least and all(w[0].isupper() for w in content)


def join_wrapped(lines: list[Line]) -> None:
    """Re-join a title hard-wrapped over 2-3 lines at the top (PDF paste): "Rebuild-" / "ing ...",
    "Security Sector:" / "The Challenge of Integrating the" / "Armed Factions". The joined title must agree
    with the lead (share its content words) when the lead is long enough to judge."""
    lead = lead_stems(lines)
    judge = enough(lead)
    top = [ln for ln in lines if ln.kind not in ("boilerplate", "duplicate")][:12]
    k = 0
    end = {}  # id(line) -> index in *lines* of the last line joined into it
    while k < len(top) - 1:
        a, b = top[k], top[k + 1]
        if a.kind not in _CONTENT or b.kind not in _CONTENT or a.hint is not None or b.hint is not None or b.start \
                or _index(lines, b) != end.get(id(a), _index(lines, a)) + 1:
            k += 1
            continue
        at, bt = a.text.strip(), b.text.strip()
        aw, bw = at.split(), bt.split()
        joined = None
        if _HYPHEN_END.search(at) and bt[:1].islower() and len(aw) <= 20:
            joined = at[:-1] + bt
        elif at.endswith(":") and len(aw) >= 3 and bt[:1].isupper() and len(bw) <= 12:
            joined = f"{at} {bt}"
        elif aw and aw[-1].lower() in FUNCTION_END and len(aw) >= 2 and bt[:1].isupper() and len(bw) <= 10:
            joined = f"{at} {bt}"
        elif bw and bw[0].lower() in _CONTINUES and len(bw) <= 6 and 2 <= len(aw) <= 8 and bt[:1].isupper() \
                and _capitalised(at, 2) and _capitalised(bt, 1) and not _STOP_END.search(at):
            joined = f"{at} {bt}"  # "The Axis of Resistance" / "After Nasrallah": one title set on two lines
        if joined is None or len(joined.split()) > 30 or not L.headline_like(joined) \
                or (judge and not agreement(joined, lead).agrees):
            k += 1
            continue
        if len(aw) >= 4 and title_cased(at) and sentence_cased(bt):
            k += 1  # a Title Case headline over a sentence-case deck ("... Talks Drag On" / "Pipeline has been shut ...")
            continue
        if not (L.headline_like(at) or at.endswith(":") or _HYPHEN_END.search(at)):
            k += 1
            continue
        a.text = joined
        end[id(a)] = _index(lines, b)
        _mark(b, ("duplicate", None, "continuation of a title hard-wrapped over several lines"))
        top.pop(k + 1)
