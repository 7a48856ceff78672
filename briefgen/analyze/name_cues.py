"""Sentence-level cues of the rule-based name recogniser (``names.py``) that look beyond one run of words.

* a **dateline** ("LAHORE: The provincial capital ...", "SEOUL, March 12 (Yonhap) --") names a place,
  taken when the same word is written in ordinary case elsewhere in the article ("Lahore tops ...");
* a **match result** ("Real Madrid beat Getafe 2-0", "Getafe drew 1-1 with Valencia", a score line
  "Real Madrid 2-0 Borussia Dortmund: ...") names two teams;
* a hospital written with a lowercase "hospital" twice ("Nasser hospital") is an organisation;
* a company is named before its CEO ("Metrolinx CEO Phil Verster"); Malaysian honorifics ("Tan Sri")
  come before a name, not in it.
"""

from __future__ import annotations

import re
from collections import Counter

from .gazetteer import Gazetteer
from .name_words import (
    AS_ROLE, BIO_AFTER, BIO_NOUNS, DEMONYMS, FIRST_NAME_GROUPS, ORG_END, PLACE_END, ROLE_APPOS, ROLES, _GROUPS, _CONN, _GENERIC, _NEVER, _PRE_SAID, _RUN, _SAID, _UP,
    _demonym, country_names,
)
from .text import looks_title_case

_DATELINE = re.compile(rf"^([{_UP}][{_UP}'\u2019-]{{2,}}(?:\s+[{_UP}][{_UP}'\u2019-]+){{0,2}})"
                       r"(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?)?\s*(?:\([^)]{1,40}\)\s*)?(?::|--|[\u2014\u2013]|-\s)")
_FURNITURE = frozenset("source format posted note summary update warning urgent editor correction file".split())
_VERB = r"(?:beat|beats|defeated|defeat|thrashed|edged|edge|edges|overcame|routed|stunned|drew with|lost to|lose to)"
_SCORE = r"\s+\d{1,3}[-\u2013]\d{1,3}\b"
_RESULT = re.compile(rf"({_RUN.pattern})\s+{_VERB}\s+({_RUN.pattern})(?={_SCORE})")
# "a 2-0 win over Manchester City", "their 3-1 defeat to Getafe": the other side of a result
_WIN_OVER = re.compile(rf"\b\d{{1,2}}[-\u2013]\d{{1,2}}\s+(?:home\s+|away\s+)?(?:win|victory|defeat|loss|draw|triumph|rout|"
                       rf"thrashing)\s+(?:over|against|to|with)\s+(?:the\s+)?({_RUN.pattern})")
_SCORELINE = re.compile(rf"(?:^|[:|]\s*)({_RUN.pattern})\s+\d{{1,2}}[-\u2013]\d{{1,2}}\s+({_RUN.pattern})(?=\s*(?::|$|\|))")


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
    out += [re.sub(r"['\u2019]s?$", "", m.group(1).strip()) for m in _WIN_OVER.finditer(sentence)]
    for m in _SCORELINE.finditer(sentence):  # a score line: "Real Madrid 2-0 Borussia Dortmund: ..."
        out += [m.group(1).strip(), m.group(2).strip()]
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


_HOSPITAL = re.compile(rf"(?<![\w'\u2019-])((?:[{_UP}][\w'\u2019-]+\s+){{0,2}}[{_UP}][\w'\u2019-]+)\s+hospital\b")


def lower_hospitals(sentences: list[str], gazetteer: Gazetteer) -> list[str]:
    """Hospitals named with a lowercase "hospital" ("Nasser hospital", "Kamal Adwan hospital"), written
    so at least twice and not after "a"/"an" (not "a Beirut hospital")."""
    counts: Counter = Counter()
    for sent in sentences:
        for m in _HOSPITAL.finditer(sent):
            if re.search(r"\b(?:a|an|one|another)\s+$", sent[:m.start()], re.I):
                continue
            toks = [re.sub(r"['\u2019]s?$", "", t) for t in m.group(1).split()]
            if not toks or any(t.lower() in _GENERIC or t.lower() in ROLES or t.lower() in _NEVER or _demonym(t)
                               or t.isupper() for t in toks) or gazetteer.find(" ".join(toks)):
                continue
            counts[" ".join(toks)] += 1
    return sorted(f"{n} Hospital" for n, c in counts.items() if c >= 2)


def _company_head(head: list[str], rest: list[str]) -> bool:
    """Is *head* a company named before its CEO ("Metrolinx CEO X", "Nvidia chief executive X")?"""
    role = rest[0].lower()
    if not (role in ("ceo", "cfo", "coo") or (role == "chief" and len(rest) > 1 and rest[1].lower() == "executive")):
        return False
    return 1 <= len(head) <= 3 and head[0][:1].isupper() and not any(
        re.search(r"['\u2019]s?$", w) or w.lower() in _GENERIC or w.lower() in ROLES or w.lower() in _NEVER
        or _demonym(w) or re.fullmatch(_CONN, w) for w in head) and " ".join(head) not in country_names()


_HONORIFIC = re.compile(r"(?:Tan|Puan|Toh)\s+Sri|(?:Datuk|Dato['\u2019]?)(?:\s+Seri|\s+Sri)?|Tun|Datin(?:\s+Paduka)?")


def _drop_honorific(words: list[str]) -> list[str]:
    """Malaysian honorifics before a name ("Tan Sri Mohammad Ab Rahman", "Datuk Seri Anwar Ibrahim")."""
    for n in (2, 1):
        if len(words) > n + 1 and _HONORIFIC.fullmatch(" ".join(words[:n])):
            return words[n:]
    return words


def _known_tails(gazetteer: Gazetteer) -> frozenset[str]:
    """Last words of the gazetteer's multi-word names ("Abu Qasra" of "Murhaf Abu Qasra"), lowercased."""
    cached = gazetteer.__dict__.get("_name_tails")
    if cached is None:
        tails = set()
        for ent in gazetteer.entities:
            for alias in (ent.name, *ent.aliases):
                toks = alias.lower().split()
                tails.update(" ".join(toks[i:]) for i in range(1, len(toks)))
        cached = gazetteer.__dict__["_name_tails"] = frozenset(tails)
    return cached


def _person_ok(toks: list[str]) -> bool:
    """2-4 name words ("bin", "al" ... not counted: "Badr bin Hamad al Busaidi"), none a role, group or generic word."""
    core = [t for t in toks if not re.fullmatch(_CONN, t)]
    if not 2 <= len(core) <= 4 or len(toks) > 6 or toks[0].lower() in ("al", "el", "the") \
            or re.fullmatch(_CONN, toks[-1]):
        return False
    for i, t in enumerate(toks):
        low = t.lower().rstrip(".")
        if i == 0 and low in FIRST_NAME_GROUPS and not toks[1].endswith("s"):
            continue  # "Christian Lindner" (not "Christian Democrats")
        if low in _NEVER or low in _GENERIC or low in ROLES or low in ORG_END or low in PLACE_END \
                or low in DEMONYMS or low in _GROUPS:
            return False
        if t.isupper() and len(t) > 1 and not (i > 0 and re.fullmatch(r"[A-Z]\.", t)):  # "Hans Henri P. Kluge"
            return False
    if toks[0].lower() in ("abu", "umm") and len(toks) == 2:  # a bare kunya ("Abu Ahmad"): a pseudonym
        return False
    last = re.sub(r"^(?:al|el|ad|as|ash|ar|az|at|an)-(?=\w)", "", toks[-1])  # "Khaled al-Masri"
    return bool(re.match(rf"[{_UP}]", last)) and len(last.rstrip(".")) > 1


_JOURNALIST = frozenset("reporter correspondent journalist photographer columnist writer producer".split())


def _bio_line(sent: str) -> str | None:
    """The name of an author's bio line ("X Y is a senior fellow at ..."), whatever its capitals."""
    m = re.match(r"([A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){1,3})(?=\s+(?:is|was)\s)", sent)
    if not m or not _person_ok(m.group(1).split()):
        return None
    bio = BIO_AFTER.match(sent[m.end():])
    # a journalist's bio is the byline's author, not a name in the story ("X is a senior reporter at the Post")
    noun = bio.group(1).lower() if bio else ""
    return m.group(1) if noun in BIO_NOUNS and noun not in _JOURNALIST else None


def _speaker_cue(before: str, after: str, initial: bool) -> str | None:
    """"said X Y", "according to X Y", "X Y said", "X Y, the/who/his ..." (not at a sentence start)."""
    prev = re.search(r"([\w.]+)\s+$", before)
    if prev and prev.group(1).lower() in _PRE_SAID or re.search(r"according to\s+$", before, re.I):
        return "speaker"
    nxt = re.match(r"\s*(,)?\s*([\w-]+)", after)
    if nxt and not nxt.group(1) and nxt.group(2).lower() in _SAID:
        return "speaker"
    if not initial and re.match(
            r",\s+(?:the|a|an|who|his|her|their|founder|co-founder|chief|head|director|spokes\w+)\b", after):
        return "apposition"
    role = re.match(r",\s+(?:[\w'\u2019-]+\s+){0,3}?([\w.-]+)\s*[,;]", after)  # ", Lebanon's energy minister,"
    if not initial and role and role.group(1).lower() in ROLES:
        return "apposition"
    role = ROLE_APPOS.match(after)  # "Pierre Achkar, head of the Federation ..." (also at a sentence start)
    if role and role.group(1).lower().rstrip(".") in ROLES:
        return "apposition"
    bio = BIO_AFTER.match(after)  # "Haid Haid is a senior consulting fellow at Chatham House"
    if bio and bio.group(1).lower() in BIO_NOUNS:
        return "bio"
    as_role = AS_ROLE.match(after)  # "Italy's Raffaele Fitto as executive vice president"
    if as_role and any(w.lower().rstrip(".,") in ROLES for w in as_role.group(1).split()):
        return "as a role"
    return None
