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

from .name_words import DEMONYMS, LEGAL_SUFFIX, ORG_END, PLACE_END, ROLES, _GENERIC, _GROUPS, _demonym, country_names
from .others import PRODUCT_NOUN
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
# "the union's president, Fran Drescher,", "The governor of Baalbek-Hermel, Bachir Khodr,"
_ROLE_COMMA = re.compile(r"\b([a-z][\w-]*)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})?,\s+$")
# "Ethan Nwaneri scored his first goal", "Martin Odegaard's early goal": a player
_PLAYER_AFTER = re.compile(r"^\s+(?:scored|netted|headed\s+(?:in|home)|equalised|equalized|converted|opened\s+the\s+scoring)\b")
_GOAL_AFTER = re.compile(r"^\s+(?:(?:early|late|first|second|opening|stunning|superb|fine|\d+\w*-minute)\s+)?"
                         r"(?:goal|header|strike|equaliser|equalizer|winner|brace|hat-trick|penalty|free-kick)\b")
# "the shots made by GSK and Pfizer", "a drug developed by Novo Nordisk": a maker of things
_MADE_BY = re.compile(r"\b(?:made|manufactured|produced|developed|marketed|sold|supplied|operated|owned)\s+by\s+$")
# "Nvidia (NASDAQ: NVDA)", "Aramco (2222.SR)": a listed company
_TICKER = re.compile(r"^\s*\((?:(?:NASDAQ|Nasdaq|NYSE|NYSE American|LSE|TSX|ASX|NSE|BSE|TSE|TYO|HKEX|SGX|KRX|SIX|"
                     r"Euronext(?: \w+)?|Tadawul|ADX|DFM|OTC\w*)\s*:\s*[\w.]{1,8}|[A-Z0-9]{1,6}\.[A-Z]{1,3})\)")
# "Maersk's chief executive", "Toyota's quarterly profit", "Nvidia's board": a company
_CORP_AFTER = re.compile(r"^(?:['\u2019]s)?\s+(?:chief\s+executive|ceo|chief\s+financial\s+officer|cfo|board\s+of\s+directors|"
                         r"shareholders|stockholders|quarterly|annual\s+(?:revenue|profit|sales)|net\s+(?:profit|income|loss)|"
                         r"operating\s+(?:profit|income)|market\s+(?:cap|capitali[sz]ation)|share\s+price|"
                         r"(?:first|second|third|fourth)-quarter\s+(?:profit|revenue|sales|earnings|results))\b", re.I)
# "Maersk said in a statement that its ...", "SpaceX announced its ...": an organisation speaks of "its" (a person: "his/her")
_ORG_SAID = re.compile(r"^\s+(?:said|says|announced|confirmed|stated|reported)(?:\s+on\s+\w+)?(?:\s+in\s+a\s+statement)?"
                       r"(?:\s+that)?\s+its\b")
# "Al-Hilal coach Jorge Jesus": a one-word club with its coach or player
_SPORT_ROLE = re.compile(r"^(?:['\u2019]s)?\s+(?:head\s+)?(?:coach|manager|captain|skipper|striker|midfielder|defender|"
                         r"goalkeeper|winger|forward|playmaker)\s+[A-Z]")
# "Qualcomm's Snapdragon 8 Elite chip", "SpaceX Falcon Heavy rocket": a one-word maker before its product's name
_MAKER_OF = re.compile(rf"^(?:['\u2019]s)?\s+(?:new\s+|latest\s+)?(?:[A-Z][\w+-]*\s+)(?:(?:[A-Z][\w+-]*|\d[\w+]*)\s+){{0,3}}"
                       rf"(?:{PRODUCT_NOUN}|rockets?|satellites?|cars?|trucks?|aircraft|jets?)\b")
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
    if words[i - 1].lower() in LEGAL_SUFFIX:  # "Daihatsu Motor Co. and Toyota Industries Corp."
        return [left, right]
    if words[i + 1] == "the" and len(right) >= 3 and " ".join(words) not in country_names():
        return [left, right[1:]]  # "X Party and the Y Alliance": two names
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
    role = _ROLE_COMMA.search(before)
    if role and after.startswith(",") and role.group(1).lower() in ROLES:  # "the union's president, Fran Drescher,"
        return f"apposition to {role.group(1)!r}"
    if _PLAYER_AFTER.match(after) or (possessive and _GOAL_AFTER.match(after)):
        return "a player's goal"
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


def org_cue(clean: list[str], before: str, after: str, words: list[str] = ()) -> str | None:
    """A cue that a 1-3 word run is an organisation: "X became the first company", "the X hypermarket",
    a capitalised "The" in mid-sentence ("reported in The Lancet", "told The Guardian")."""
    name = " ".join(clean)
    if len(clean) > 3 or any(w.lower() in _GENERIC or w.lower() in ROLES or _demonym(w) or w.lower() in _GROUPS
                             for w in clean) or city_population(name) or name in country_names():
        return None
    if words and words[0] == "The" and len(words) == len(clean) + 1 and before.strip() \
            and before.rstrip()[-1] not in ".!?:;\"'\u201c\u2018([-\u2014" and not re.match(r"^\s*[\"\u201d]", after):
        return "a name with 'The' (publication)"
    if _ORG_IS.match(after):
        return "described as a company"
    if _TICKER.match(after):
        return "stock ticker"
    if _CORP_AFTER.match(after):
        return "has a chief executive / board / earnings"
    if _ORG_SAID.match(after):
        return "speaks of 'its' ..."
    if len(clean) == 1 and _MAKER_OF.match(after):
        return "maker of a product"
    if len(clean) == 1 and _SPORT_ROLE.match(after):
        return "has a coach/player"
    if _MADE_BY.search(before) and not re.match(r"^\s+[A-Z]", after) and (
            len(clean) == 1 or " and " in name or name.isupper()):
        return "a maker (made by X)"
    if _ORG_PLACE.match(after) and re.search(r"\bthe\s+$", before):
        return "the X store/plant"
    return None

