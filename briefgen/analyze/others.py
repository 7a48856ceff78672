"""Named things that are neither people, organisations nor places ("other" names),
found by their shape when the gazetteer does not know them:

* UN-style resolutions: "Resolution 2334", "UNSCR 2334", "UN Security Council
  resolution 2334", "resolution No. 2334" -> "Resolution 2334";
* military operations: "launched Operation Sindoor", "Israel's Operation
  Rising Lion", 'operation "True Promise II"' -> "Operation Sindoor";
* ships: "the oil tanker Marlin Luanda", "the vessel Galaxy Leader" -> the name;
  "USS Carney", "HMS Diamond" keep their prefix;
* named storms: "Storm Darragh", "Hurricane Milton", "Typhoon Yagi";
* products before a product noun: "the Europa Clipper spacecraft", "its Galaxy S25 smartphone";
* laws and treaties: "the Artificial Intelligence Act", "the Paris Agreement", "the Abraham Accords".

Precision first: a lower-case "resolution" needs a UN / Security Council word
before it or a 3-4 digit number not followed by a unit ("a resolution 10 days
ago" is no name); an operation needs capitalised words right after
"Operation", not a role or unit word ("Operation Manager", "Operations Room"),
and "Operation" must not continue another capitalised name ("Joint Operation
Command").
"""

from __future__ import annotations

import re

from .name_words import _NEVER, _UP

_RES = re.compile(
    r"(?<![\w-])(?P<un>(?:UN|U\.N\.|UNSC|United\s+Nations)\s+(?:Security\s+Council\s+)?|Security\s+Council\s+)?"
    r"(?P<word>[Rr]esolution)\s+(?:[Nn]o\.?\s*|[Nn]umber\s+)?(?P<num>\d{2,4})(?![\w/.,-]\d|\w)"
    r"|(?<![\w-])UNSCR\s*(?P<num2>\d{2,4})(?!\w)")
_RES_UNIT = re.compile(r"^\s*(?:days?|weeks?|months?|years?|hours?|minutes?|votes?|members?|countries|states|"
                       r"per\s*cent|percent|%|to\b|-)", re.I)
_RES_HOUSE = re.compile(r"(?:House|Senate|Joint|Concurrent|Assembly)\s+$")

_WORD = rf"[{_UP}][\w'\u2019]*(?:-[\w'\u2019]+)*"
_OP = re.compile(
    rf"(?<![\w-])Operation\s+(?P<q>[\"\u201c\u2018']?)(?P<name>{_WORD}(?:\s+(?:of|for|the|al-|el-)?\s*{_WORD}){{0,3}}"
    rf"(?:\s+(?:[IVX]{{1,4}}|\d))?)(?P=q)?(?![\w-])")
# words after "Operation" that make it a unit, a job or a plain noun, not a named operation
_OP_NOT = frozenset("""
manager managers director directors chief officer officers head room rooms command commands center centre
department unit units division team teams staff coordinator lead leader control cell group section branch
system systems plan plans order orders research area areas base bases theatre theater mode hours cost costs
""".split())
_CAP_BEFORE = re.compile(rf"(?:{_WORD})\s+$")


def _resolutions(sent: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _RES.finditer(sent):
        num = m.group("num") or m.group("num2")
        if m.group("num2") is None:
            if m.group("word")[0] == "r" and not m.group("un") and (len(num) < 3 or _RES_UNIT.match(sent[m.end():])):
                continue
            if _RES_UNIT.match(sent[m.end():]) and not m.group("un"):
                continue
            if _RES_HOUSE.search(sent[:m.start()]):
                continue  # "House Resolution 24": a legislature's bill number
        out.append((m.start(), m.end(), f"Resolution {num}"))
    return out


def _operations(sent: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _OP.finditer(sent):
        words = m.group("name").split()
        first = words[0].lower().rstrip("'\u2019s")
        if first in _OP_NOT or first in _NEVER or any(w.lower() in _OP_NOT for w in words[-1:]):
            continue
        before = sent[:m.start()]
        cap = _CAP_BEFORE.search(before)
        if cap and not re.search(r"['\u2019]s\s+$", before) and before.rstrip()[-1:] not in ".!?:;\"\u201c(":
            if before[:cap.start()].strip():  # a capitalised word that does not start the sentence
                continue
        out.append((m.start(), m.end(), "Operation " + " ".join(words)))
    return out


_SHIP_NAME = rf"(?:[{_UP}]\.|{_WORD})(?:\s+(?:[{_UP}]\.|{_WORD}|\d{{1,3}})){{0,3}}"
_SHIP = re.compile(
    rf"(?<![\w-])(?:(?:tanker|vessel|ship|freighter|bulker|(?:bulk|aircraft)\s+carrier|(?:cargo|container|merchant)\s+ship)"
    rf"\s+(?P<name>{_SHIP_NAME})|(?P<navy>(?:USS|HMS|INS|FS|HMCS|HMAS)\s+{_SHIP_NAME}))(?![\w-])")


def _ships(sent: str, known: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    out = []
    for m in _SHIP.finditer(sent):
        key = "navy" if m.group("navy") else "name"
        a, b = m.span(key)
        name = m.group(key).rstrip(".") if not re.search(r"\b[A-Z]\.$", m.group(key)) else m.group(key)
        words = name.split()
        if any(w.lower().rstrip(".") in _NEVER for w in words) or any(ka <= a and b <= kb for ka, kb in known):
            continue
        if key == "name" and (_DEMONYM_LIKE.match(words[0]) or words[0].lower() in _SHIP_NOT):
            continue
        out.append((a, b, name))
    return out


_DEMONYM_LIKE = re.compile(r"[A-Z][a-z]+(?:i|ian|ean|ese|ish|an)$")  # "the tanker Houthi rebels hit": not a name
_SHIP_NOT = frozenset("captain crew owner operator company the a an".split())


# "Storm Darragh", "Hurricane Milton", "Typhoon Yagi": named storms (not "Operation Desert Storm", "Storm Shadow missiles")
_STORM = re.compile(r"(?<![\w-])(?:(?:Tropical|Winter|Super)\s+)?(?:Storm|Hurricane|Typhoon|Cyclone)\s+([A-Z][a-z]{2,})(?![\w-])"
                    r"(?!\s+(?:cruise\s+)?(?:missiles?|rockets?|drones?|jets?|fighters?|aircraft)\b)")


def _storms(sent: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _STORM.finditer(sent):
        if m.group(1).lower() in _NEVER or _CAP_BEFORE.search(sent[:m.start()]) and sent[:m.start()].strip()[-1:] not in ".!?:;\"\u201c(":
            continue
        out.append((m.start(), m.end(), " ".join(m.group(0).split())))
    return out


# "the Europa Clipper spacecraft", "its Galaxy S25 smartphone", "Qualcomm's Snapdragon 8 Elite chip": a product
PRODUCT_NOUN = (r"(?:spacecraft|space\s+probe|probe|rover|lander|telescope|smartphones?|handsets?|chips?|chipsets?|"
                r"processors?|vaccines?|consoles?|headsets?|laptops?|tablets?|chatbot|sedans?|SUVs?|EVs?|jetliners?)")
_PRODUCT = re.compile(rf"(?:\b(?:the|its|their|a|an|new|latest)\s+|['\u2019]s\s+)(?:new\s+|latest\s+)?"
                      rf"(?P<name>[{_UP}][\w+-]*(?:\s+(?:[{_UP}][\w+-]*|\d[\w+]*)){{0,3}})\s+{PRODUCT_NOUN}\b")


def _products(sent: str, known: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    out = []
    for m in _PRODUCT.finditer(sent):
        a, b = m.span("name")
        words = m.group("name").split()
        if any(w.lower() in _NEVER for w in words) or any(ka < b and a < kb for ka, kb in known) \
                or len(words) == 1 and (_DEMONYM_LIKE.match(words[0]) or words[0].isupper() and len(words[0]) <= 4):
            continue
        out.append((a, b, m.group("name")))
    return out


# "the Artificial Intelligence Act", "the Inflation Reduction Act", "the Abraham Accords", "the Paris Agreement":
# laws, treaties and accords named by capitalised words before the document word (2-6 words in all)
_LAW = re.compile(rf"(?<![\w-])(?P<name>{_WORD}(?:\s+(?:of|on|for|and|the|to)?\s*{_WORD}){{0,4}}?\s+"
                  r"(?:Act|Accords?|Agreement|Treaty|Convention|Protocol|Charter|Directive|Pact))(?:\s+(?P<year>(?:19|20)\d\d))?"
                  r"(?![\w-])")
_LAW_NOT = frozenset("the this that a an his her its their our new final first second last any no such an".split())


def _laws(sent: str, known: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    out = []
    for m in _LAW.finditer(sent):
        words = m.group("name").split()
        while words and (words[0].lower() in _NEVER or words[0].lower() in _LAW_NOT):
            words.pop(0)
        if len(words) < 2 or any(ka < m.end() and m.start() < kb for ka, kb in known):
            continue
        a = m.start("name") + m.group("name").index(words[0])
        head = sent[:a].rstrip()
        if not head or head[-1] in ".!?:;\"\u201c(":  # a sentence-initial capital is no evidence of a name
            if len(words) >= 4 and words[1].islower():  # "Pausing the AI Act would ..."
                a = m.start("name") + m.group("name").index(" " + words[2]) + 1
                words = words[2:]
            elif len(words) < 3:
                continue
        out.append((a, m.end(), " ".join(words) + (f" {m.group('year')}" if m.group("year") else "")))
    return out


def other_names(sent: str, known: list[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """(start, end, canonical name) of resolution, operation and ship names in *sent*
    (*known*: spans of gazetteer mentions; a ship "name" that is one of them is not taken)."""
    found = sorted(_resolutions(sent) + _operations(sent) + _ships(sent, list(known)) + _storms(sent)
                   + _products(sent, list(known)) + _laws(sent, list(known)))
    out: list[tuple[int, int, str]] = []
    for f in found:  # disjoint, first wins
        if not out or f[0] >= out[-1][1]:
            out.append(f)
    return out


def mask_spans(known: list[tuple[int, int]], found: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """*known* mention spans plus the *found* ones, overlapping spans united (sorted, disjoint)."""
    spans = sorted([*known, *((a, b) for a, b, _ in found)])
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
