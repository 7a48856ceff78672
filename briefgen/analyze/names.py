"""Rule-based recogniser for names the gazetteer does not know.

No statistical model: every name found here comes with a reason a reader can
check. A capitalised run of words is taken as

* a **person** when a role cue sits right before it ("Finance Minister Youssef
  Khalil", "CHP Chairman Ozgur Ozel", "chief executive Jensen Huang", "said
  Vandana Hari", "according to Dr. Ron Cook"), right after it ("Tamir Pardo
  told", "Vandana Hari, founder of ...", "Louise Wateridge, the ...", "Pierre
  Achkar, head of ...", "Raffaele Fitto as executive vice president"), in an
  author's bio line ("Haid Haid is a senior fellow at ..."), after a French title ("la ministre des
  Affaires étrangères Hadja Lahbib"), or when it is 2-4
  name words ("bin", "al" not counted) and its last word is later used alone
  ("Pep Guardiola ... Guardiola said");
* an **organization** when it ends in an organisation word (Party, Bank,
  University, Ministry, Parliament, Corp., ...) or has one before "of"
  ("Central Bank of the Republic of Türkiye"), is followed by its acronym in
  brackets ("Republican People's Party (CHP)"), is described as a company
  ("SOMO, the state oil marketer", "cloud security startup Wiz", "Novo
  Nordisk, which makes the drug"), has shares ("Nvidia's stock"), speaks as
  "the X said it" or holds a role ("the Red Bull driver"); legal suffixes
  are dropped ("Nvidia Corp." is Nvidia);
* a **place** when it is a country, or a state/province of the US, Canada,
  Australia, India or Brazil (``pycountry``), ends in a place word (County, Province,
  Governorate, Stadium, ...), starts with a toponym word (Mount, Beit, Kfar,
  Camp, Fort, ...), or follows a place cue ("the area of X", "village of X",
  "the X neighbourhood"), or is "near/in X" at least twice, or is a capitalised dateline named
  again ("LAHORE: ..."; ``name_cues``);
* sports: the teams of a match result ("Real Madrid beat Getafe 2-0"), with a coach ("All Blacks
  coach X", "Getafe, coached by ..."), and players with a score ("Virat Kohli's unbeaten 100").

Precision first (each name gets its own page on the site): runs in
headline-case lines, bylines and credits are ignored, single words are only
taken as places with a cue, and names containing months, weekdays, demonyms
or generic role words are rejected. Names found here are not in the
gazetteer: the site's entity index marks them ``known: False``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .gazetteer import Gazetteer, Mention
from .name_words import (
    AS_ROLE, COMMON_POSS, BIO_AFTER, BIO_NOUNS, DEMONYMS, FIRST_NAME_GROUPS, LEGAL_SUFFIX, ORG_BEFORE, ORG_END, ORG_STATES,
    ORG_WHICH, PLACE_END, PLACE_START, ROLES, ROLE_AFTER, ROLE_APPOS, _ACRO_AFTER, _BYLINE, _CONN, _GENERIC,
    _GROUPS, _NEAR, _NEVER, _ORG_APPOS, _ORG_STOCK, _PLACE_AFTER, _PLACE_BEFORE, _PRE_SAID, _RUN, _SAID,
    _TITLE_NEAR, _UP, _FR_ROLE, _demonym, _ORG_BY, _TEAM_ROLE, _SCORE_AFTER, _NOT_ROLE_AFTER, _org_of, country_names,
)
from .name_cues import (
    _bio_line, _person_ok, _speaker_cue, _acronym_fits, _company_head, _drop_honorific, _drop_quoted_headlines, _known_tails, dateline_places,
    lower_hospitals, match_teams,
)
from .acronyms import find_acronyms
from .name_more import city_cue, org_cue, merge_acronyms, person_cue, split_pair
from .others import mask_spans, other_names
from .places import city_population
from .name_runs import _known_spans, _pieces
from .text import looks_title_case


@dataclass
class Found:
    name: str
    kind: str  # people | organizations | places | other
    count: int
    reason: str


_PLURAL_PLACES = frozenset("heights farms hills lakes falls springs plains territories emirates states".split())
_GLUED = re.compile(r"-(?:led|backed|based|allied|aligned|linked|run|born|made|owned)$")


def _strip(tokens: list[str]) -> list[str]:
    toks = [t for t in tokens if t.strip("'\u2019")]
    if toks:
        last = re.sub(r"['\u2019]s?$", "", toks[-1])
        if last.endswith(".") and len(last.rstrip(".")) > 3 and last.lower() not in ORG_END:
            last = last[:-1]  # the sentence's full stop, not an initial or "Inc."
        toks[-1] = last
    toks = [t for t in toks if t]
    glued = [i for i, t in enumerate(toks) if _GLUED.search(t)]
    if glued:  # "Abu Dhabi-based Khalifa University" -> "Khalifa University"
        toks = toks[glued[-1] + 1:]
    while toks and (toks[0].lower() in _NEVER or toks[0].lower().rstrip(".") in _NEVER):
        toks.pop(0)
    while toks and re.fullmatch(_CONN, toks[-1]):
        toks.pop()
    return toks


def _name_ok(toks: list[str]) -> bool:
    if not toks:
        return False
    if any(t.lower().rstrip(".") in _NEVER - {"the", "of", "and", "for"} for t in toks):
        return False
    return not all(t.lower() in _GENERIC or t.lower() in ORG_END or re.fullmatch(_CONN, t) for t in toks)


# styles of clergy and nobility written before a full name (not "Pope Francis": one name left)
_STYLE = re.compile(r"(?:Cardinal|Archbishop|Bishop|Rabbi|Imam|Reverend|Rev\.|Father|Pastor|Sir|Dame|Lord|Lady)\s+")


class _Collector:
    def __init__(self) -> None:
        self.kinds: dict[str, Counter] = {}
        self.reasons: dict[str, str] = {}

    def add(self, name: str, kind: str, reason: str) -> None:
        title = _STYLE.match(name) if kind == "people" else None
        if title and len(name[title.end():].split()) >= 2:  # "Cardinal Kevin Farrell" is Kevin Farrell
            name = name[title.end():]
        self.kinds.setdefault(name, Counter())[kind] += 1
        self.reasons.setdefault(name, reason)


def _tokens_at(sentence: str, a: int, b: int) -> list[tuple[int, int, str]]:
    return [(t.start() + a, t.end() + a, t.group(0)) for t in re.finditer(r"\S+", sentence[a:b])]


def discover(sentences: list[str], gazetteer: Gazetteer, title: str = "",
             mentions: list[list[Mention]] | None = None) -> list[Found]:
    """Names in *sentences* (the article body) that the gazetteer does not know, with their kind.

    *title* only adds mentions of names found in the body (and "near X" cues).
    *mentions*: ``gazetteer.find`` of each sentence, when the caller has it already.
    """
    col = _Collector()
    if title:
        _add_teams(title, col)  # "Real Madrid 2-0 Borussia Dortmund: ..."
    full: list[tuple[list[str], bool]] = []  # candidate 2-4 word names without a cue, for the surname rule
    singles: Counter = Counter()  # capitalised single words not at a sentence start
    near: Counter = Counter()
    for i, sent in enumerate(sentences):
        if len(sent.split()) < 4 or looks_title_case(sent) or _BYLINE.search(sent):
            bio = _bio_line(sent)  # "Michael Knights is the Bernstein Fellow at The Washington Institute."
            if bio:
                col.add(bio, "people", "bio")
            continue  # menu items, headlines, bylines and credits are no evidence
        cleaned = _drop_quoted_headlines(sent)
        if mentions is not None and cleaned == sent:
            known = [(m.start, m.end) for m in mentions[i]]
        else:
            known = _known_spans(cleaned, gazetteer)
        sent = cleaned
        others = other_names(sent, known)  # "Resolution 1701", "Operation Sindoor": their words are no other name
        for _a, _b, name in others:
            col.add(name, "other", "resolution/operation/ship/storm/product")
        known = mask_spans(known, others) if others else known
        _add_teams(sent, col)  # "Real Madrid beat Getafe 2-0"
        for m in _RUN.finditer(sent):
            for a, b in _pieces(sent, m, known):
                for part in split_pair(_tokens_at(sent, a, b)):  # "Dani Carvajal and Vinícius Júnior"
                    if part:
                        _classify(sent, part, _initial(sent, part[0][0]), col, full, near)
            words = _strip(m.group(0).split())
            if len(words) == 1:
                singles[words[0]] += 1
    if title and not looks_title_case(title):  # a sentence-case headline: "Mbappé ends his drought"
        singles.update(w[0] for w in (_strip(m.group(0).split()) for m in _RUN.finditer(title)) if len(w) == 1)
    for m in _TITLE_NEAR.finditer(title):
        if near.get(m.group(1)):
            near[m.group(1)] += 1
    # a 2-4 word name whose last word is also used alone is a person ("Pep Guardiola" ... "Guardiola")
    for toks, initial in full:
        name = " ".join(toks)
        if name in col.kinds or not _person_ok(toks):
            continue
        surname = toks[-1]
        if city_population(surname) >= 1_000_000:  # "Real Madrid" ... "Madrid": a team named after its city
            continue
        if singles[surname] >= 1 and not _demonym(surname):
            col.add(name, "people", f"{surname!r} used alone later")
    for word, n in near.items():
        if n >= 2 and word not in col.kinds:
            col.add(word, "places", "near/in X twice")
    for name in lower_hospitals(sentences, gazetteer):  # "Nasser hospital" ... "Nasser hospital"
        if name not in col.kinds:
            col.add(name, "organizations", "X hospital twice")
    for place in dateline_places(sentences, title):  # "LAHORE: ..." and "Lahore" elsewhere
        if place not in col.kinds:
            col.add(place, "places", "dateline")
    for word, _n in find_acronyms(sentences, title, gazetteer, mentions):  # "CDU", "AfD", "COGAT"
        if word not in col.kinds:
            col.add(word, "organizations", "acronym")
    return _finish(col, sentences, title, gazetteer)


def _add_teams(text: str, col: _Collector) -> None:
    for team in match_teams(text):
        clean = _strip(team.split())
        if _name_ok(clean) and not _demonym(clean[-1]) and " ".join(clean) not in country_names():
            col.add(" ".join(clean), "organizations", "match result")


def _initial(sent: str, pos: int) -> bool:
    """Does *pos* start a sentence or clause (where any word is capitalised)?"""
    head = sent[:pos].rstrip()
    if len(head) >= 2 and head[-1] in "\"'\u201d\u2019" and head[-2] in ",.!?":  # after a closing quote
        return False
    return not head or head[-1] in ".!?:;\"'\u201c\u2018([-\u2014"


def _classify(sent: str, toks: list[tuple[int, int, str]], initial: bool, col: _Collector,
              full: list, near: Counter) -> None:
    words = [t[2] for t in toks]
    if not words:
        return
    start, end = toks[0][0], toks[-1][1]
    after = sent[end:end + 60]
    before = sent[max(0, start - 40):start]
    acro = _ACRO_AFTER.match(after)
    # role word inside the run: "Finance Minister Youssef Khalil" -> the words after the last role
    role_at = max((i for i, w in enumerate(words[:-1]) if w.lower().rstrip(".") in ROLES
                   or w.lower() in ("chief", "executive")), default=-1)
    if role_at >= 0 and words[-1].lower() in ORG_END and len(words) >= 3 and not (
            len(words) > role_at + 2 and words[role_at + 1].lower() == "of") \
            and not any(re.search(r"['\u2019]s$", w) for w in words[:-1]):
        role_at = -1  # "General Entertainment Authority": an organisation named with a role word
    if role_at >= 0:
        rest = words[role_at + 1:]
        if len(rest) > 2 and rest[0].lower() in ("of", "for"):  # "Minister for Defence Micheál Martin"
            n = 2  # the name is the last words, after the portfolio
            while n + 2 < len(rest) and rest[-n - 1].lower() in ("bin", "ibn", "abu", "al", "el"):
                n += 2
            rest = rest[-n:]
        own = next((i for i, w in enumerate(rest[:-2]) if re.search(r"['\u2019]s$", w)), -1)
        if own >= 0 and rest[-1].lower() in ORG_END:  # "Prime Minister Donald Tusk's Civic Coalition"
            col.add(" ".join(_strip(rest[own + 1:])), "organizations", f"ends in {rest[-1]!r}")
            rest = rest[:own + 1]
        rest = _strip(_drop_honorific(rest))
        if _person_ok(rest):
            col.add(" ".join(rest), "people", f"after role {words[role_at]!r}")
        head = _strip(words[:role_at])
        if len(head) >= 3 and _org_of(head):  # "Bank of Japan Gov. Kazuo Ueda": the role-holder's organisation
            col.add(" ".join(head), "organizations", f"{_org_of(head)!r} of ...")
        elif _company_head(head, words[role_at:]):  # "Metrolinx CEO Phil Verster"
            col.add(" ".join(head), "organizations", f"has a {words[role_at]!r}")
        return
    poss = [i for i, w in enumerate(words[:-1]) if re.search(r"['\u2019]s?$", w)]
    owner = next((i for i in poss if re.search(r"['\u2019]s$", words[i]) and len(words) - i > 2
                  and words[i].lower()[:-2] not in COMMON_POSS), -1) if words[-1].lower() in ORG_END else -1
    if owner >= 0:  # "Naidu's Telugu Desam Party": the owner is not part of the organisation's name
        if owner >= 2 and words[0].lower() != "the":  # "University of Michigan's Lebanese Student Association"
            a, b, w = toks[owner]
            _classify(sent, [*toks[:owner], (a, b - 2, w[:-2])], initial, col, full, near)
        return _classify(sent, toks[owner + 1:], False, col, full, near)
    if poss and words[-1].lower() not in ORG_END and words[-1].lower() not in PLACE_END:
        rest = _strip(words[poss[-1] + 1:])  # "McLaren's Lando Norris": the owner is not part of the name
        if _person_ok(rest):
            cue = _speaker_cue(before="", after=after, initial=False)
            if cue:
                col.add(" ".join(rest), "people", cue)
            else:
                full.append((rest, False))
        return
    clean = _strip(words)
    if not clean or not _name_ok(clean):
        return
    name = " ".join(clean)
    low_last = clean[-1].lower()
    prev = re.search(r"([\w.]+)\s+$", before)
    prev_word = prev.group(1).lower() if prev else ""
    trimmed = len(clean) != len(words) and clean[0] != words[0].rstrip("'\u2019s")
    if low_last in LEGAL_SUFFIX and len(clean) >= 2 and clean[-2].lower() not in _GENERIC:
        col.add(" ".join(clean[:-1]), "organizations", f"ends in {clean[-1]!r}")  # "Nvidia Corp." is Nvidia
        return
    if all(part in country_names() for part in name.split(" and ")):  # "Canada and Mexico"
        for part in name.split(" and "):
            col.add(part, "places", "country or state")
        return
    of_org = _org_of(clean)
    if of_org:
        col.add(name, "organizations", f"{of_org!r} of ...")
        return
    if len(clean) >= 2 and (ORG_WHICH.match(after) or (words[0].lower() == "the" and ORG_STATES.match(after))) \
            and any(w.lower() not in _GENERIC and not _demonym(w) and not re.fullmatch(_CONN, w) for w in clean):
        col.add(name, "organizations", "makes/owns things" if ORG_WHICH.match(after) else "'the' X said it")
        return
    role_after = ROLE_AFTER.match(after)
    if len(clean) <= 4 and not any(_demonym(w) or w.lower() in ROLES for w in clean) \
            and not all(w.lower() in _GENERIC or re.fullmatch(_CONN, w) for w in clean) and (
                ORG_BEFORE.search(before) or (role_after and role_after.group(1) in ROLES - _NOT_ROLE_AFTER and (
                    words[0].lower() == "the" or re.search(r"\bthe\s+$", before, re.I)))):
        listed = re.search(r"(?:such as|including|like)\s+$", before) and ORG_BEFORE.search(before)
        for part in name.split(" and ") if listed else [name]:  # "carmakers such as Geely and Chery"
            col.add(part, "organizations", "after a company word" if ORG_BEFORE.search(before) else "'the' X + a role")
        return
    if low_last in ORG_END and len(clean) >= 2 and not re.fullmatch(_CONN, clean[0]) \
            and any(w.lower() not in _GENERIC and not re.fullmatch(_CONN, w) for w in clean[:-1]):
        col.add(name, "organizations", f"ends in {clean[-1]!r}")
        return
    if (2 <= len(clean) <= 4 and _TEAM_ROLE.match(after)) or (len(clean) <= 2 and _ORG_BY.match(after)):
        col.add(name, "organizations", "has a coach/role-holder")
        return
    if len(clean) <= 4 and (_ORG_APPOS.match(after) or _ORG_STOCK.match(after)) \
            and not any(w.lower() in ROLES or w.lower() in DEMONYMS for w in clean):
        col.add(name, "organizations", "described as a company" if _ORG_APPOS.match(after) else "its shares")
        return
    if acro and len(clean) >= 2 and _acronym_fits(clean, acro.group(1)):
        index = low_last in ("index", "indices")  # a market index goes by its acronym ("KOSPI", "DFMGI")
        col.add(acro.group(1) if index else name, "organizations", f"acronym ({acro.group(1)})")
        return
    if low_last in PLACE_END and len(clean) >= 2:
        col.add(name, "places", f"ends in {clean[-1]!r}")
        return
    if clean[0].lower() in PLACE_START and len(clean) == 2 and clean[1].lower() not in _GENERIC:
        col.add(name, "places", f"starts with {clean[0]!r}")
        return
    if sum(w not in ("do", "dos", "das", "du", "di", "della") for w in clean) <= 3 and " and " not in name \
            and (_PLACE_BEFORE.search(before) or _PLACE_AFTER.match(after)) \
            and not any(w.lower() in _GENERIC or w.lower() in ROLES or w.lower() in _GROUPS for w in clean) \
            and not (len(clean) == 1 and _demonym(clean[0])):
        col.add(name, "places", "place cue")
        return
    org = org_cue(clean, before, after, words)
    if org:
        for part in (f"The {name}" if "'The'" in org else name).split(" and "):  # "made by GSK and Pfizer"
            col.add(part, "organizations", org)
        return
    if city_cue(clean, words, before, after, initial):  # "Kuala Lumpur", "in Kharkiv"
        col.add(name, "places", "city (GeoNames)")
        return
    if prev_word in ROLES and _person_ok(clean) and not trimmed:
        col.add(name, "people", f"after role {prev_word!r}")
        return
    if re.match(r"\s*,", after) and _person_ok(clean) and not trimmed and any(
            w.lower() in ROLES for w in re.findall(r"[A-Za-z]+", re.sub(r"^.*[.;:]", "", before))) \
            and re.search(r",\s*$", before):  # "The Minister for Defence, Dominic Nitiwul, urged ..."
        col.add(name, "people", "between commas after a role")
        return
    fr = _FR_ROLE.search(before)
    if fr and not trimmed:  # "la ministre des Affaires étrangères X", "la ministre de la Défense X"
        rest = clean[1:] if fr.group("open") else clean  # the portfolio opens the run: "Défense Ludivine Dedonder"
        if _person_ok(rest):
            col.add(" ".join(rest), "people", "after a French role")
            return
    if re.search(r"\bthe\s+$", before) and 2 <= len(clean) <= 3 and re.fullmatch(r"[A-Z][a-z]+[^su']s", clean[-1]) \
            and low_last not in PLACE_END | _PLURAL_PLACES:  # "the Indiana Pacers": a team, not a person
        return col.add(name, "organizations", "'the' + plural name")
    if _person_ok(clean) and not re.search(r"\bthe\s+$", before):  # "at the Santiago Bernabéu" is no person
        score = _SCORE_AFTER.match(after)  # a possessive with a bare score, or a scoring verb
        cue = "a player's score" if score and (score.group(0).split()[0].isalpha() or
                                                re.search(r"['\u2019]s$", words[-1])) else None
        cue = cue or _speaker_cue(before, after, initial) or person_cue(before, after, bool(re.search(r"['\u2019]s$", words[-1])))
        if cue:
            col.add(name, "people", cue)
            return
        full.append((clean, initial))
    if len(clean) == 1 and len(words) == 1 and not initial and _NEAR.search(before) and not clean[0].isupper() \
            and not _demonym(clean[0]) and clean[0].lower() not in _GROUPS:
        near[clean[0]] += 1


def _finish(col: _Collector, sentences: list[str], title: str, gazetteer: Gazetteer) -> list[Found]:
    out = []
    text = "\n".join([title, *sentences])
    tails = _known_tails(gazetteer)
    for name, kinds in col.kinds.items():
        if gazetteer.get(name) is not None or name.lower() in tails:
            continue
        kind = kinds.most_common(1)[0][0]
        n = len(re.findall(rf"(?<![\w]){re.escape(name)}(?![\w])", text))
        out.append(Found(name, kind, max(n, 1), col.reasons[name]))
    # a name inside a longer found name of the same kind is the same one ("Ekrem" vs "Ekrem Imamoglu")
    # (a place inside an organisation's name is still a place: "Punjab" of "Punjab Environment Department")
    out = [f for f in out if not any(o.kind == f.kind and o.name != f.name and f" {f.name} " in f" {o.name} "
                                     for o in out)]
    out = merge_acronyms(out, text)
    return sorted(out, key=lambda f: (-f.count, f.name.lower(), f.name))
