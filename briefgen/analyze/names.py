"""Rule-based recogniser for names the gazetteer does not know.

No statistical model: every name found here comes with a reason a reader can
check. A capitalised run of words is taken as

* a **person** when a role cue sits right before it ("Finance Minister Youssef
  Khalil", "CHP Chairman Ozgur Ozel", "chief executive Jensen Huang", "said
  Vandana Hari", "according to Dr. Ron Cook"), right after it ("Tamir Pardo
  told", "Vandana Hari, founder of ...", "Louise Wateridge, the ..."), or when it
  is 2-4 words and its last word is later used alone ("Pep Guardiola ...
  Guardiola said");
* an **organization** when it ends in an organisation word (Party, Bank,
  University, Ministry, Department, Council, Properties, Hospital, ...), is
  followed by its acronym in brackets ("Republican People's Party (CHP)"), is
  described as a company ("SOMO, the state oil marketer") or has shares
  ("Nvidia's stock");
* a **place** when it ends in a place word (County, Province, Governorate,
  ...), starts with a toponym word (Mount, Beit, Kfar, Ain, Wadi, ...), or
  follows a place cue ("the area of X", "village of X", "the X
  neighbourhood"), or is "near/in X" at least twice.

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
from .text import looks_title_case

_UP = "A-ZÀ-ÖØ-Þ\u0130\u015e\u011e\u0106\u010c\u0160\u017d\u0141\u0100-\u017f"
_WORD = rf"(?:[{_UP}][^\W\d_]*(?:['\u2019][^\W\d_]+|-[^\W\d_]+)*\.?|[{_UP}]\.)"
_PARTICLE = r"(?:al-|el-|ad-|as-|ash-|ar-|az-|at-|an-)"
_CONN = r"(?:of|for|and|the|de|del|da|van|von|bin|ibn|bint|abu|bou|al|el|ul)"
_TOKEN = rf"(?:{_PARTICLE}?{_WORD})"
_RUN = re.compile(
    rf"(?<![\w'\u2019.-]){_TOKEN}(?:['\u2019]s?)?(?:\s+(?:{_CONN}\s+)*{_TOKEN}(?:['\u2019]s?)?)*")
_TITLE_NEAR = re.compile(r"\b(?:near|in|outside)\s+([A-Z][^\W\d_]+)\b", re.I)
_ORG_NOUN = (r"(?:company|firm|group|conglomerate|marketer|operator|maker|manufacturer|producer|lender|bank|"
             r"carrier|airline|exporter|developer|broadcaster|insurer|retailer|chipmaker|automaker|startup|"
             r"start-up|fund|utility|contractor|charity|ngo|watchdog|regulator)")
# "SOMO, the state oil marketer"
_ORG_APPOS = re.compile(rf",\s+(?:the|a|an)\s+(?:(?!of\b|from\b|in\b)[\w-]+\s+){{0,3}}?{_ORG_NOUN}\b", re.I)
_ORG_STOCK = re.compile(r"(?:['\u2019]s)?\s+(?:stock|shares|share price|market value)\b")  # "Nvidia's stock"
_ACRO_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,9})\)")

# words that make the run before them (or part of it) a role, not a name
ROLES = frozenset("""
president minister mayor chairman chairwoman chair chancellor governor spokesman spokeswoman spokesperson
ceo chief executive director coach manager general gen gen. colonel col col. lieutenant major maj
captain capt sergeant admiral brigadier commander sheikh sheik shaikh sayyed sayyid imam cleric dr dr. mr mr.
mrs mrs. ms ms. prof prof. professor senator sen sen. rep rep. representative congressman congresswoman judge
ambassador envoy leader founder co-founder analyst economist secretary king queen prince princess emir
pope speaker deputy official officer adviser advisor lawmaker mp candidate activist journalist reporter
correspondent head premier striker midfielder defender forward goalkeeper winger driver teammate rival
boss chairperson president-elect mufti patriarch archbishop bishop rabbi sultan crown
""".split())
_SAID = frozenset("said says told added wrote warned stated tweeted explained noted insisted argued".split())
_PRE_SAID = frozenset("said says according".split())
ORG_END = frozenset("""
inc inc. corp corp. corporation company co. ltd ltd. llc plc group bank university ministry council agency
party front forces brigade brigades movement association committee club fc airlines airways fund
organization organisation institute centre center department authority authorities properties holdings
hospital commission foundation federation union alliance bureau service services office court
""".split())
PLACE_END = frozenset("county province governorate district region prefecture municipality neighbourhood "
                      "neighborhood quarter camp island islands valley mountains".split())
_MILITARY = frozenset("armored armoured infantry mechanized mechanised airborne artillery division regiment "
                      "battalion special elite reserve".split())
PLACE_START = frozenset("mount mt. lake port cape wadi jabal jebel tal tell kafr kfar beit bayt ain ein khirbet "
                        "marj deir".split())
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:town|village|city|area|suburb|district|region|province|neighbou?rhood|municipality|outskirts|"
    r"hamlet|port|governorate) of|\bvillages? (?:of|in)|\btowns? of) $", re.I)
_PLACE_AFTER = re.compile(
    r"^ (?:neighbou?rhood|district|village|town|area|suburb|governorate|region|province)\b"  # "the Basta neighbourhood"
    r"|^,\s+(?:a|an|the)\s+(?:(?!of\b)[\w-]+\s+){0,3}?(?:town|village|city|suburb|district|region|province|"
    r"port|neighbou?rhood|county|governorate|municipality|island)\b"  # "Sweihan, a town in ..."
    r"|^,\s+(?:about\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)"
    r" of\b")  # "Binyamina, south of Haifa"
_NEAR = re.compile(r"\b(?:near|in|from|to|at|outside|toward|towards)(?: the)? $", re.I)

_NEVER = frozenset("""
the a an this that these those there here it its he she they we i you his her their our my your
in on at of for and or but if as by to from with without after before since while when where whether which
who whom whose what why how however meanwhile moreover although though despite also even still just
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec
read more share photo photos video credit credits image images getty reuters afp ap copyright updated
published reporting editing writing additional subscribe advertisement listen watch follow click
breaking live update exclusive analysis opinion comment editorial
god allah mr mrs ms dr
""".split())
_GENERIC = frozenset("""
state states house office ministry government army military police forces force security news media
world international national central federal republic kingdom united nations council committee north
south east west northern southern eastern western middle new old grand great first second third last
final next prime foreign defense defence interior finance energy health justice economy affairs
public general supreme islamic arab air navy border war peace street road square airport station
city town village league cup club team grand prix championship stadium local resistance medical
""".split()) | _MILITARY
DEMONYMS = frozenset("""
iraqi iranian syrian lebanese israeli palestinian yemeni saudi emirati qatari kuwaiti bahraini omani turkish
kurdish egyptian jordanian libyan sudanese russian american british french german chinese european arab
western ukrainian hungarian afghan pakistani indian houthi shiite sunni druze persian israeli-backed
""".split())
_GROUPS = frozenset("""
druze kurds kurdish arab arabs arabic shia shiite shiites sunni sunnis alawite alawites christian christians
muslim muslims jewish jews maronite maronites bedouin turkmen yazidi yazidis armenian armenians english
""".split())  # communities and languages are not places
_DEMONYM_END = re.compile(r"^[A-Z][a-z]+(?:ians|eans|ese|ish|ites)$")


def _demonym(word: str) -> bool:
    """ "Iraqi", "Lebanese", "Syrians", "Alawites" (not "Sweihan", "Tehran")."""
    return word.lower() in DEMONYMS or word.lower().rstrip("s") in DEMONYMS or bool(_DEMONYM_END.match(word))
_BYLINE = re.compile(r"\b(?:reporting|editing|writing|compiled|produced|additional reporting) by\b|^(?:by|photo|photos|"
                     r"photograph|credit|credits|image|picture|source)\b", re.I)


@dataclass
class Found:
    name: str
    kind: str  # people | organizations | places
    count: int
    reason: str


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


def _person_ok(toks: list[str]) -> bool:
    if not 2 <= len(toks) <= 4 or toks[0].lower() in ("al", "el", "the"):
        return False
    for t in toks:
        low = t.lower().rstrip(".")
        if low in _NEVER or low in _GENERIC or low in ROLES or low in ORG_END or low in PLACE_END \
                or low in DEMONYMS or low in _GROUPS:
            return False
        if t.isupper() and len(t) > 1:
            return False
    if toks[0].lower() in ("abu", "umm") and len(toks) == 2:  # a bare kunya ("Abu Ahmad"): a pseudonym
        return False
    return bool(re.match(rf"[{_UP}]", toks[-1])) and len(toks[-1].rstrip(".")) > 1


def _name_ok(toks: list[str]) -> bool:
    if not toks:
        return False
    if any(t.lower().rstrip(".") in _NEVER - {"the", "of", "and", "for"} for t in toks):
        return False
    return not all(t.lower() in _GENERIC or t.lower() in ORG_END or re.fullmatch(_CONN, t) for t in toks)


class _Collector:
    def __init__(self) -> None:
        self.kinds: dict[str, Counter] = {}
        self.reasons: dict[str, str] = {}

    def add(self, name: str, kind: str, reason: str) -> None:
        self.kinds.setdefault(name, Counter())[kind] += 1
        self.reasons.setdefault(name, reason)


def _known_spans(sentence: str, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in gazetteer.find(sentence)]


def _pieces(sentence: str, m: re.Match, known: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The run split around known entity mentions; the whole run when it is an organisation/place
    whose name contains a known one ("Rafik Hariri University Hospital")."""
    start, end = m.start(), m.end()
    inside = [(a, b) for a, b in known if a < end and b > start]
    if not inside:
        return [(start, end)]
    last = sentence[start:end].split()[-1].lower().rstrip(".")
    if (last in ORG_END or last in PLACE_END) and not any(b >= end for a, b in inside):
        return [(start, end)]
    out = []
    pos = start
    for a, b in sorted(inside):
        if a > pos:
            out.append((pos, a))
        pos = max(pos, b)
        poss = re.match(r"['\u2019]s?\b", sentence[pos:end])  # "Germany's Bundestag"
        if poss:
            pos += poss.end()
    if pos < end:
        out.append((pos, end))
    return out


def _tokens_at(sentence: str, a: int, b: int) -> list[tuple[int, int, str]]:
    return [(t.start() + a, t.end() + a, t.group(0)) for t in re.finditer(r"\S+", sentence[a:b])]


def discover(sentences: list[str], gazetteer: Gazetteer, title: str = "",
             mentions: list[list[Mention]] | None = None) -> list[Found]:
    """Names in *sentences* (the article body) that the gazetteer does not know, with their kind.

    *title* only adds mentions of names found in the body (and "near X" cues).
    *mentions*: ``gazetteer.find`` of each sentence, when the caller has it already.
    """
    col = _Collector()
    full: list[tuple[list[str], bool]] = []  # candidate 2-4 word names without a cue, for the surname rule
    singles: Counter = Counter()  # capitalised single words not at a sentence start
    near: Counter = Counter()
    for i, sent in enumerate(sentences):
        if len(sent.split()) < 4 or looks_title_case(sent) or _BYLINE.search(sent):
            continue  # menu items, headlines, bylines and credits are no evidence
        cleaned = _drop_quoted_headlines(sent)
        if mentions is not None and cleaned == sent:
            known = [(m.start, m.end) for m in mentions[i]]
        else:
            known = _known_spans(cleaned, gazetteer)
        sent = cleaned
        for m in _RUN.finditer(sent):
            for a, b in _pieces(sent, m, known):
                toks = _tokens_at(sent, a, b)
                _classify(sent, toks, _initial(sent, a), col, full, near)
            words = _strip(m.group(0).split())
            if len(words) == 1:
                singles[words[0]] += 1
    for m in _TITLE_NEAR.finditer(title):
        if near.get(m.group(1)):
            near[m.group(1)] += 1
    # a 2-4 word name whose last word is also used alone is a person ("Pep Guardiola" ... "Guardiola")
    for toks, initial in full:
        name = " ".join(toks)
        if name in col.kinds or not _person_ok(toks):
            continue
        surname = toks[-1]
        if singles[surname] >= 1 and not _demonym(surname):
            col.add(name, "people", f"{surname!r} used alone later")
    for word, n in near.items():
        if n >= 2 and word not in col.kinds:
            col.add(word, "places", "near/in X twice")
    return _finish(col, sentences, title, gazetteer)


def _initial(sent: str, pos: int) -> bool:
    """Does *pos* start a sentence or clause (where any word is capitalised)?"""
    head = sent[:pos].rstrip()
    if len(head) >= 2 and head[-1] in "\"'\u201d\u2019" and head[-2] in ",.!?":  # after a closing quote
        return False
    return not head or head[-1] in ".!?:;\"'\u201c\u2018([-\u2014"


_CREDIT = re.compile(r"\b(?:Photograph|Photo|Picture|Image|Credit|Illustration|Video)s?\s*:.*$", re.S)


def _drop_quoted_headlines(sent: str) -> str:
    """Blank out a headline quoted after a colon ("... with the headline: Israel Kills X, Shaking Region.")
    and a photo credit at the end of a caption ("... Photograph: Mohamed Azakir/Reuters")."""
    sent = _CREDIT.sub(lambda m: " " * len(m.group(0)), sent)
    head, sep, tail = sent.partition(": ")
    if sep and looks_title_case(tail):
        return head + sep + " " * len(tail)
    return sent


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
    if role_at >= 0:
        rest = _strip(words[role_at + 1:])
        if _person_ok(rest):
            col.add(" ".join(rest), "people", f"after role {words[role_at]!r}")
        return
    poss = [i for i, w in enumerate(words[:-1]) if re.search(r"['\u2019]s?$", w)]
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
    if low_last in ORG_END and len(clean) >= 2 and not re.fullmatch(_CONN, clean[0]) \
            and any(w.lower() not in _GENERIC and not re.fullmatch(_CONN, w) for w in clean[:-1]):
        col.add(name, "organizations", f"ends in {clean[-1]!r}")
        return
    if len(clean) <= 4 and (_ORG_APPOS.match(after) or _ORG_STOCK.match(after)) \
            and not any(w.lower() in ROLES or w.lower() in DEMONYMS for w in clean):
        col.add(name, "organizations", "described as a company" if _ORG_APPOS.match(after) else "its shares")
        return
    if acro and len(clean) >= 2 and _acronym_fits(clean, acro.group(1)):
        col.add(name, "organizations", f"acronym ({acro.group(1)})")
        return
    if low_last in PLACE_END and len(clean) >= 2:
        col.add(name, "places", f"ends in {clean[-1]!r}")
        return
    if clean[0].lower() in PLACE_START and len(clean) == 2 and clean[1].lower() not in _GENERIC:
        col.add(name, "places", f"starts with {clean[0]!r}")
        return
    if len(clean) <= 3 and (_PLACE_BEFORE.search(before) or _PLACE_AFTER.match(after)) \
            and not any(w.lower() in _GENERIC or w.lower() in ROLES or w.lower() in _GROUPS for w in clean) \
            and not (len(clean) == 1 and _demonym(clean[0])):
        col.add(name, "places", "place cue")
        return
    if prev_word in ROLES and _person_ok(clean) and not trimmed:
        col.add(name, "people", f"after role {prev_word!r}")
        return
    if _person_ok(clean):
        cue = _speaker_cue(before, after, initial)
        if cue:
            col.add(name, "people", cue)
            return
        full.append((clean, initial))
    if len(clean) == 1 and len(words) == 1 and not initial and _NEAR.search(before) and not clean[0].isupper() \
            and not _demonym(clean[0]) and clean[0].lower() not in _GROUPS:
        near[clean[0]] += 1


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
    return None


def _acronym_fits(words: list[str], acro: str) -> bool:
    initials = "".join(w[0] for w in words if w[0].isupper())
    return acro[0].upper() == initials[:1] and len(acro) <= len(initials) + 2


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
    names = {f.name for f in out}
    out = [f for f in out if not any(o != f.name and f" {f.name} " in f" {o} " for o in names)]
    return sorted(out, key=lambda f: (-f.count, f.name.lower(), f.name))
