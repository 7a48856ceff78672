"""Sentence-level cues of the rule-based name recogniser (``names.py``) that look beyond one run of words.

* a **dateline** ("LAHORE: The provincial capital ...", "SEOUL, March 12 (Yonhap) --") names a place,
  taken when the same word is written in ordinary case elsewhere in the article ("Lahore tops ...");
* a **match result** ("Real Madrid beat Getafe 2-0", "Getafe drew 1-1 with Valencia") names two teams.
"""

from __future__ import annotations

import re

from .name_words import _GENERIC, _NEVER, ROLES, _demonym, _RUN, _UP
from .text import looks_title_case

_DATELINE = re.compile(rf"^([{_UP}][{_UP}'\u2019-]{{2,}}(?:\s+[{_UP}][{_UP}'\u2019-]+){{0,2}})"
                       r"(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?)?\s*(?:\([^)]{1,40}\)\s*)?(?::|--|[\u2014\u2013]|-\s)")
_FURNITURE = frozenset("source format posted note summary update warning urgent editor correction file".split())
_VERB = r"(?:beat|beats|defeated|defeat|thrashed|edged|edge|edges|overcame|routed|stunned|drew with|lost to|lose to)"
_SCORE = r"\s+\d{1,3}[-\u2013]\d{1,3}\b"
_RESULT = re.compile(rf"({_RUN.pattern})\s+{_VERB}\s+({_RUN.pattern})(?={_SCORE})")


def dateline_places(sentences: list[str], title: str) -> list[str]:
    """Places named by a capitalised dateline at the start of one of the first three sentences,
    when the article writes the same name in ordinary case too."""
    text = "\n".join([title, *sentences])
    out = []
    for sent in sentences[:3]:
        m = _DATELINE.match(sent)
        if not m:
            continue
        words = m.group(1).split()
        if any(w.lower() in _NEVER or w.lower() in _FURNITURE or w.lower() in ROLES for w in words):
            continue
        name = " ".join(w.capitalize() for w in words)
        if all(w.lower() in _GENERIC for w in words) or (len(words) == 1 and _demonym(name)):
            continue
        if re.search(rf"(?<![\w]){re.escape(name)}(?![\w])", text):
            out.append(name)
    return out


def match_teams(sentence: str) -> list[str]:
    """The two sides of a match result with a score ("Real Madrid beat Getafe 2-0")."""
    out = []
    for m in _RESULT.finditer(sentence):
        parts = re.match(rf"(.+?)\s+{_VERB}\s+(.+)$", m.group(0))
        if parts:
            out += [re.sub(r"['\u2019]s?$", "", side.strip()) for side in parts.groups()]
    return out


_CREDIT = re.compile(r"\b(?:Photograph|Photo|Picture|Image|Credit|Illustration|Video)s?\s*:.*$", re.S)


def _drop_quoted_headlines(sent: str) -> str:
    """Blank out a headline quoted after a colon ("... with the headline: Israel Kills X, Shaking Region.")
    and a photo credit at the end of a caption ("... Photograph: Mohamed Azakir/Reuters")."""
    sent = _CREDIT.sub(lambda m: " " * len(m.group(0)), sent)
    head, sep, tail = sent.partition(": ")
    if sep and looks_title_case(tail):
        return head + sep + " " * len(tail)
    return sent


def _acronym_fits(words: list[str], acro: str) -> bool:
    initials = "".join(w[0] for w in words if w[0].isupper())
    return acro[0].upper() == initials[:1] and len(acro) <= len(initials) + 2
