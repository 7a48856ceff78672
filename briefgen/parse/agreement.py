"""Lexical agreement between a headline candidate and the lead of the story.

A real headline shares content words and names with the first paragraphs of its
story; menus, mastheads, organisation names, taglines, notices, bylines, language
switchers and series lines share almost none. Words are lowercased, crudely
stemmed and stop-words dropped; numbers and capitalised names weigh more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lines as L
from .model import Line

LEAD_PARAS = 3  # the lead: the first three paragraphs of running text ...
LEAD_MIN, LEAD_MAX = 40, 120  # ... read on while under 40 content words, never past 120
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
STOP = frozenset("""
a an the and or but nor of to in on at for with from by as into onto over under after before amid amidst
between against about above below across through during without within upon via than then so if
is are was were be been being am do does did done has have had having will would shall should can could
may might must not no yes it its it's this that these those there here their theirs them they he him his
she her hers we us our ours you your yours i me my mine who whom whose which what when where why how
all any both each few more most other some such only own same too very just also even still yet ever
again once new says said say tell told one two up down out off s t re ve ll d m o y
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
today yesterday tomorrow week weeks year years day days month months
le la les de des du un une et en au aux pour par sur dans est sont avec
""".split())
_SUFFIXES = ("ations", "ation", "ings", "ingly", "ing", "ied", "ies", "ers", "er", "ed", "es", "ly", "s")


def stem(word: str) -> str:
    """Crude stem: lowercase, possessive and common suffixes off ("strikes" -> "strik", "striking" -> "strik")."""
    w = word.lower().replace("’", "'")
    w = re.sub(r"'s?$", "", w)
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            w = w[: -len(suf)]
            break
    return w.rstrip("e") if len(w) > 4 else w


def content_words(text: str) -> dict[str, float]:
    """Content-word stems of *text* with weights (numbers 2, capitalised names 1.5, other words 1)."""
    out: dict[str, float] = {}
    toks = _TOKEN.findall(text.replace("-", " ").replace("/", " "))
    for k, tok in enumerate(toks):
        low = tok.lower().replace("’", "'")
        if low in STOP or (len(tok) < 2 and not tok.isdigit()):
            continue
        if re.fullmatch(r"(?:19|20)\d{2}|[0-3]?\d(?:st|nd|rd|th)?", low):
            continue  # years and days of the month: every page has them
        if tok.isdigit():
            weight = 2.0
        elif tok[0].isupper() and (k > 0 or (tok.isupper() and len(tok) <= 5)):
            weight = 1.5  # a name (not just the capital of the first word) or an acronym
        else:
            weight = 1.0
        key = stem(tok)
        if key in STOP or not key:
            continue
        out[key] = max(out.get(key, 0.0), weight)
    return out


@dataclass(frozen=True)
class Agreement:
    """How much a candidate agrees with the lead: weighted share of its words found there, and the hit count."""

    share: float
    hits: int
    size: int

    @property
    def agrees(self) -> bool:
        """Enough shared content words to be this story's headline."""
        if self.size == 0:
            return False
        return (self.hits >= 2 and self.share >= 0.25) or (self.hits >= 1 and self.share >= 0.4) or self.hits >= 4

    @property
    def none(self) -> bool:
        return self.hits == 0


def agreement(text: str, lead: set[str]) -> Agreement:
    """Agreement of *text* with the lead stems *lead*."""
    words = content_words(text)
    total = sum(words.values())
    hit = {w: v for w, v in words.items() if w in lead}
    return Agreement(sum(hit.values()) / total if total else 0.0, len(hit), len(words))


def lead_stems(lines: list[Line], skip: set[int] | None = None) -> set[str]:
    """Content stems of the first paragraphs: content lines of running text (6+ words, not headline-shaped).

    Hard-wrapped PDF lines (starting lower-case, no closing stop) count; ``skip`` holds ids of lines to ignore.
    """
    got: set[str] = set()
    n = paras = 0
    for ln in lines:
        if ln.kind not in ("", "body", "standfirst") or ln.hint not in (None, "para", "item", "quote"):
            continue
        if skip and id(ln) in skip:
            continue
        t = ln.text.strip()
        words = t.split()
        if len(words) < 10 or (L.headline_like(t) and len(words) < 16 and not t.endswith("?")):
            continue
        if not L.ends_sentence(t) and not t[:1].islower() and len(words) < 12:
            continue
        cw = content_words(t)
        got.update(cw)
        n += len(cw)
        paras += 1
        if (paras >= LEAD_PARAS and n >= LEAD_MIN) or n >= LEAD_MAX:
            break
    return got


def enough(lead: set[str]) -> bool:
    """A lead long enough to judge agreement (a one-line story cannot judge)."""
    return len(lead) >= 20
