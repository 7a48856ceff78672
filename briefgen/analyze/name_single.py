"""One-word names used again and again with no cue ("Neom", "Maersk", "Pfizer").

A capitalised word that the article writes at least three times inside sentences
(never at a sentence or clause start, never inside a longer capitalised run,
never in lower case) is a name: ordinary English words are capitalised only at a
sentence start or in headlines. Months, weekdays, demonyms, roles, generic
institution words ("Government", "Parliament", "Army"), countries, cities and
surnames of people the article names in full are left out. The kind is the
organisation: a place or person would have had a cue ("in X", "Mr X", a first name).
"""

from __future__ import annotations

import re
from collections import Counter

from .name_words import (_GENERIC, _GROUPS, _NEVER, DEMONYMS, ORG_END, PLACE_END, ROLES, _demonym, _RUN,
                         country_names)
from .places import city_population
from .text import looks_title_case

_OPEN = ".!?:;\"'\u201c\u2018([-\u2014\u2013|/"
# capitalised words that are no names even in mid-sentence (religion, calendars, common institutions)
_COMMON = frozenset("""
god allah islam internet web parliament congress senate cabinet government army navy court church state
christmas ramadan easter eid new year brexit covid coronavirus english french arabic hebrew persian
africa asia europe america americas antarctica oceania arctic republicans democrats conservatives liberals
tories socialists communists
""".split())


def single_names(sentences: list[str], title: str, taken: set[str], min_count: int = 3) -> list[str]:
    """One-word names used at least *min_count* times in mid-sentence and never otherwise (see module doc)."""
    mid: Counter = Counter()
    bad: set[str] = set()
    text = "\n".join([title, *sentences])
    lower = set(re.findall(r"\b[a-z][\w-]*\b", text))
    for sent in sentences:
        if len(sent.split()) < 5 or looks_title_case(sent):
            continue
        for m in _RUN.finditer(sent):
            words = m.group(0).split()
            if len(words) != 1:
                for w in words:
                    bad.add(re.sub(r"['\u2019]s?$", "", w))
                continue
            word = re.sub(r"['\u2019]s?$", "", words[0]).rstrip(".")
            if words[0].endswith(".") and sent[m.end():].strip():  # "No. 1", "Gen. X": an abbreviation
                continue
            head = sent[:m.start()].rstrip()
            if not head or head[-1] in _OPEN:
                continue
            mid[word] += 1
    tails = {t.split()[-1] for t in taken if " " in t} | {t.split()[0] for t in taken if " " in t}
    out = []
    for word, n in mid.most_common():
        low = word.lower()
        if n < min_count or word in bad or word in taken or word in tails or low in lower or word.isupper() \
                or len(word) < 3 or not word[1:].islower() and "-" not in word and not re.search(r"[a-z][A-Z]", word):
            continue
        if low in _NEVER or low in _GENERIC or low in ROLES or low in ORG_END or low in PLACE_END \
                or low in _GROUPS or low in DEMONYMS or low in _COMMON or _demonym(word) \
                or word in country_names() or city_population(word):
            continue
        out.append(word)
    return sorted(out)
