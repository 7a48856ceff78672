"""More cues of the rule-based name recogniser (``names.py``).

* two names joined by "and" are two names ("Dani Carvajal and Vinícius Júnior");
* a person is named before a work in quotes ("Sean Baker's "Anora""), after a passive
  verb with "by" ("led by Greta Gerwig"), or before ", who" even at a sentence start;
* a city of the world (GeoNames) is a place: a multi-word one anywhere ("Kuala Lumpur"),
  a one-word one after a place preposition ("in Kharkiv");
* an organisation introduced with its acronym ("Christian Democratic Union (CDU)") is
  named by its acronym only when the article uses that alone at least twice and more than the full name.
"""

from __future__ import annotations

import re
from typing import Any

from .name_words import DEMONYMS, ORG_END, PLACE_END, ROLES, _GENERIC, _GROUPS, _demonym, country_names
from .places import city_population

_BY_VERB = re.compile(r"\b(?:led|directed|written|chaired|founded|hosted|produced|presented|coached|managed|"
                      r"played|sung|composed|designed|painted|authored|starring|co-written|co-directed)\s+by\s+$")
_WORK_AFTER = re.compile(r"^\s+[\"\u201c]\S")  # "Sean Baker's "Anora""
_WHO_AFTER = re.compile(r"^,\s+(?:who|whose)\b")
_CITY_PREP = re.compile(r"\b(?:in|near|outside|around|across|into|toward|towards|of)\s+$")
# "Nvidia on Wednesday became the first public company", "the Epicentr hypermarket"
_ORG_IS = re.compile(r"^(?:\s+on\s+\w+)?\s+(?:is|was|becomes|became|has\s+become|remains)\s+(?:the|a|an)\s+"
                     r"(?:[\w-]+\s+){0,3}?(?:company|firm|group|carrier|airline|retailer|chipmaker|automaker|startup|"
                     r"bank|lender|brand|chain|maker|manufacturer|conglomerate|broadcaster|insurer)\b")
_ORG_PLACE = re.compile(r"^\s+(?:hypermarket|supermarket|mall|store|shopping\s+cent(?:re|er)|factory|plant|refinery|"
                        r"hotel|restaurant|cafe|warehouse)\b")
_PLACE_WORDS = frozenset("city town capital village region province area port".split())


def split_pair(toks: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Split a run at "and" when both sides are 2+ words and it is no organisation or country
    ("Dani Carvajal and Vinícius Júnior"; not "Bosnia and Herzegovina", "Ministry of Culture and Tourism")."""
    words = [t[2] for t in toks]
    if "and" not in words:
        return [toks]
    i = words.index("and")
    left, right = toks[:i], toks[i + 1:]
    if len(left) < 2 or len(right) < 2 or "and" in words[i + 1:]:
        return [toks]
    low = [w.lower().rstrip(".,") for w in words]
    if any(w in ORG_END or w in PLACE_END or w in ("of", "for", "the") for w in low) \
            or " ".join(words) in country_names():
        return [toks]
    return [left, right]


def person_cue(before: str, after: str, possessive: bool) -> str | None:
    """A cue that the run is a person: a work in quotes after it, "by" after a passive verb
    before it, or ", who" after it."""
    if possessive and _WORK_AFTER.match(after):
        return "author of a work"
    if _BY_VERB.search(before):
        return "by X after a verb"
    if _WHO_AFTER.match(after):
        return "apposition"
    return None


def city_cue(clean: list[str], words: list[str], before: str, after: str, initial: bool) -> bool:
    """Is this run a city of the world: a multi-word city name, or a one-word one after a place preposition?"""
    name = " ".join(clean)
    if not city_population(name) or any(w.lower() in ROLES or w.lower() in DEMONYMS for w in clean):
        return False
    if len(clean) >= 2:
        return len(words) == len(clean)  # the whole run, not "Real Madrid" of "Real Madrid CF"
    if initial or len(words) != 1 or name.isupper():
        return False
    nxt = re.match(r"^\s+([A-Za-z]+)", after)
    if nxt and nxt.group(1)[0].isupper():
        return False
    return bool(_CITY_PREP.search(before)) and not re.search(r"\b(?:of)\s+$", before) or bool(
        re.search(rf"\b(?:{'|'.join(sorted(_PLACE_WORDS))})\s+of\s+$", before))


def merge_acronyms(found: list[Any], text: str) -> list[Any]:
    """An organisation and its acronym ("Christian Democratic Union (CDU)"): the full name is kept (it says
    what the acronym stands for); the acronym too when the text mostly calls it so (readers search for it)."""
    by_name = {f.name: f for f in found}
    drop = set()
    for f in found:
        if f.kind != "organizations" or " " not in f.name:
            continue
        m = re.search(rf"(?<![\w]){re.escape(f.name)}\s*\(([A-Z][A-Za-z&+]{{1,9}})\)", text)
        acro = by_name.get(m.group(1)) if m else None
        if acro is None or acro.kind != "organizations":
            continue
        alone = acro.count - 1  # uses of the acronym besides its definition
        if not (alone >= 2 and alone > f.count):
            drop.add(acro.name)
    return [f for f in found if f.name not in drop]


def org_cue(clean: list[str], before: str, after: str) -> str | None:
    """A cue that a 1-3 word run is an organisation: "X became the first company", "the X hypermarket"."""
    name = " ".join(clean)
    if len(clean) > 3 or any(w.lower() in _GENERIC or w.lower() in ROLES or _demonym(w) or w.lower() in _GROUPS
                             for w in clean) or city_population(name) or name in country_names():
        return None
    if _ORG_IS.match(after):
        return "described as a company"
    if _ORG_PLACE.match(after) and re.search(r"\bthe\s+$", before):
        return "the X store/plant"
    return None
