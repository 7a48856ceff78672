"""Key figures: quantities of fighters, weapons and casualties, with who claims them."""

from __future__ import annotations

import re

from ..models import KeyFigure
from .gazetteer import Gazetteer, Mention

MAX_FIGURES = 8

_QUAL = (r"(?:(?:more than|over|about|around|almost|nearly|at least|up to|some|roughly|approximately|"
         r"an estimated|fewer than|less than|as many as|upwards of|close to|only|just)\s+)?")
_WORDNUM = (r"(?:a dozen|dozens|scores|hundreds of thousands|tens of thousands|hundreds|thousands|"
            r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
            r"fifty|sixty|seventy|eighty|ninety|a hundred|a thousand|one hundred|one thousand)"
            r"(?:\s+(?:hundred|thousand|million))?)")
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?s?)(?:\s+(?:million|thousand|hundred))?"
UNITS = (
    "fighters|militants|soldiers|troops|civilians|people|persons|children|women|men|members|rockets|missiles|"
    "drones|shells|projectiles|mortars|advisers|advisors|officers|commanders|officials|leaders|casualties|dead|"
    "deaths|killed|wounded|injured|displaced|refugees|residents|hostages|prisoners|detainees|operatives|"
    "terrorists|combatants|non-combatants|Lebanese|Israelis|Palestinians|Syrians|Iranians|Iraqis|Afghans|"
    "strikes|airstrikes|air strikes|attacks|targets|tunnels|launchers|sites|mercenaries|jihadists|volunteers|"
    "recruits|personnel|victims|bodies|families|homes|houses|buildings|structures|positions|weapons|"
    "journalists|medics|paramedics|peacekeepers|guards|policemen|gunmen|rebels|militiamen|Hezbollah members|"
    "fighter|soldier|civilian|person|child|rocket|missile|drone|adviser|advisor|officer|commander|official"
)
_MOD = r"(?!(?:and|or|were|was|had|have|has|when|in|on|at|to|from|by|with|who|that|which|than)\b)[A-Za-z][\w'\u2019-]*"
_FIG = re.compile(
    rf"(?<![\w,.])(?P<q>{_QUAL}(?P<n>{_DIGITS}|{_WORDNUM})(?:\s+of)?(?:\s+{_MOD}){{0,3}}?\s+(?:{UNITS})\b"
    rf"(?:(?:\s*,\s*|,?\s+and\s+)(?:[A-Za-z][\w-]*\s+)?(?:{UNITS})\b)*)",
    re.I,
)
_YEAR = re.compile(r"^(19|20)\d\d$")
_SPEECH = re.compile(
    r"\b(said|says|say|noted|notes|told|tells|stated|claimed|claims|announced|announces|reported|reports|"
    r"revealed|reveals|added|adds|estimated|estimates|warned|confirmed|insisted|quoted|quotes|disclosed|"
    r"emphasized|emphasised|according)\b")
_ACCORDING = re.compile(r"\baccording to\b", re.I)
_REFERS = re.compile(r"\b(the|this|that)\s+(agency|news agency|newspaper|outlet|channel|broadcaster|report)\b", re.I)
_PRONOUN = re.compile(r"\b(he|she)\s+(said|says|added|noted|told|claimed|stated)\b", re.I)


def _is_media(m: Mention) -> bool:
    return "media" in m.entity.tags


def claimant(sentence: str, mentions: list[Mention], start: int, context: list[Mention]) -> str | None:
    """Who claims a figure found at *start* in *sentence*.

    *mentions* are the sentence's entity mentions; *context* the mentions of
    the article before this sentence (for "the agency", "he said").
    """
    speakers = [m for m in mentions if m.entity.type in ("person", "organization")]
    # "according to (a report from) X"
    for acc in _ACCORDING.finditer(sentence):
        after = [m for m in speakers if acc.end() <= m.start <= acc.end() + 40]
        if after:
            return after[0].entity.name
        if _REFERS.match(sentence, acc.end() + 1):
            media = [m for m in context if _is_media(m)]
            if media:
                return media[-1].entity.name
    # "X (, appositive,) said ..." : the speech verb nearest before the figure, else the first one after
    verbs = [v for v in _SPEECH.finditer(sentence) if v.group(1) != "according"]
    before = [v for v in verbs if v.start() < start]
    ordered = list(reversed(before)) + [v for v in verbs if v.start() >= start]
    for v in ordered:
        people = [m for m in speakers if m.end <= v.start() and m.entity.type == "person"]
        if people:
            return people[-1].entity.name
        orgs = [m for m in speakers if m.end <= v.start() and v.start() - m.end < 60 and not _is_media(m)]
        if orgs:
            return orgs[-1].entity.name
        after = [m for m in speakers if v.end() <= m.start <= v.end() + 3 and m.entity.type == "person"]
        if after:  # "said Hagari"
            return after[0].entity.name
    if _PRONOUN.search(sentence):
        people = [m for m in context if m.entity.type == "person"]
        if people:
            return people[-1].entity.name
    if re.search(r"\b(the|this)\s+agency\s+(says|said|notes|noted|reports|reported|quotes|quoted|adds|added)\b",
                 sentence, re.I):
        media = [m for m in context if _is_media(m)]
        if media:
            return media[-1].entity.name
    # "the source also disclosed ..." -> the outlet the article credits its sources to
    if re.search(r"\b(?:the|a|an)\s+(?:\w+\s+)?(?:source|sources|official|officials)\b", sentence, re.I):
        media = [m for m in context + mentions if _is_media(m)]
        if media and not [m for m in speakers if m.entity.type == "person"]:
            return media[-1].entity.name
    # "the source told AFP"
    for m in speakers:
        if _is_media(m) and re.search(r"\b(told|to)\s+(the\s+)?$", sentence[max(0, m.start - 12):m.start]):
            return m.entity.name
    return None


def _precise(q: str) -> bool:
    return bool(re.search(r"\d", q)) or bool(re.search(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|"
                                                         r"eleven|twelve|twenty|thirty|forty|fifty|dozen)\b", q, re.I))


def extract_figures(sentences: list[str], mentions: list[list[Mention]]) -> list[KeyFigure]:
    """Quantities in *sentences* with their claimants, precise ones first when over the cap."""
    found: list[tuple[int, int, KeyFigure]] = []
    seen: set[str] = set()
    context: list[Mention] = []
    for i, (sent, ms) in enumerate(zip(sentences, mentions)):
        for m in _FIG.finditer(sent):
            n = m.group("n")
            if re.search(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*$", sent[:m.start()]):
                continue  # "October 7 attacks" is a date, not a quantity
            if _YEAR.match(n) and not re.match(rf"{n}\s+(?:{UNITS})\b", sent[m.start("n"):], re.I):
                continue
            q = " ".join(m.group("q").split())
            key = q.lower()
            who = claimant(sent, ms, m.start(), context)
            if key in seen:  # same figure again (title and lead): keep the attributed one
                for idx, (fi, fs, fig) in enumerate(found):
                    if fig.quantity.lower() == key and fig.claimed_by is None and who:
                        found[idx] = (fi, fs, KeyFigure(quantity=fig.quantity, claimed_by=who, text=sent))
                continue
            seen.add(key)
            found.append((i, m.start(), KeyFigure(quantity=q, claimed_by=who, text=sent)))
        context.extend(ms)
    if len(found) > MAX_FIGURES:
        ranked = sorted(found, key=lambda f: (not _precise(f[2].quantity), f[0], f[1]))[:MAX_FIGURES]
        found = sorted(ranked, key=lambda f: (f[0], f[1]))
    return [f[2] for f in found]
