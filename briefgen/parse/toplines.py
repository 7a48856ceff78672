"""What each of the short lines at the top of a page is: masthead, kicker, title or dek.

The features a careful editor reads (no fixture's words):

- a KICKER is a label (a section, place, organisation or topic): a noun phrase with no verb, no question;
- a TITLE may be short and Title Case and may be a clause ("After the Guns Fell Silent": a finite verb), and a
  title of one or two words ("Conclave") stands directly over its DEK (a sentence-case sentence) and the byline;
- a MASTHEAD is a publisher's name: an outlet or organisation (outlets.yaml, or an organisation of the gazetteer,
  with or without "The"), optionally with a short descriptor after a dash, parenthesis or pipe made only of
  publication-genre words ("evening report, translated from Hebrew"), or a show's name ("... A Crisis Group
  Podcast": ends in a genre noun); a short name line directly over a section label is a masthead too;
- a translator's note ("Translated from Arabic by ...") is page text between the masthead and the title.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from ..config import PACKAGE_DATA
from .attribution import Outlets, line_key
from .casing import SMALL

# Auxiliaries, modals and the common irregular verb forms of English (a grammar's closed lists, not a fixture's)
_AUX = ("is are was were be been being am has have had do does did will would shall should can could may might must "
        "isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't can't couldn't "
        "shouldn't").split()
_IRREGULAR = (
    "arose awoke became began bent bet bit bled blew broke brought built burnt burst bought caught chose clung came "
    "cost crept cut dealt dug dove drew dreamt drank drove ate fell fed felt fought found fled flung flew forbade "
    "forgot forgave froze got gave went ground grew hung heard hid hit held hurt kept knelt knew laid led leapt "
    "left lent let lay lit lost made meant met paid proved quit read rode rang rose ran said saw sought sold sent "
    "set shook shone shot showed shrank shut sang sank sat slept slid slung spoke sped spent spun spat split "
    "spread sprang stood stole stuck stung stank struck strove swore swept swam swung took taught tore told "
    "thought threw understood woke wore wove wept won wound wrote "
    "arises becomes begins breaks brings builds buys catches chooses comes costs cuts deals draws drinks drives "
    "eats falls feeds feels fights finds flees flies forgets freezes gets gives goes grows hangs hears hides "
    "holds keeps knows lays leads leaves lends lets lies loses makes means meets pays proves reads rides rings "
    "rises runs says sees seeks sells sends sets shakes shines shoots shows shrinks shuts sings sinks sits "
    "sleeps slides speaks spends spins splits spreads springs stands steals sticks strikes swears sweeps swims "
    "takes teaches tears tells thinks throws understands wakes wears wins writes "
    "arisen awoken become begun broken chosen done drawn driven eaten fallen flown forgotten forgiven frozen "
    "gotten given gone grown hidden known lain ridden risen run seen shaken shown shrunk spoken stolen "
    "stricken sworn taken thrown torn woken worn written").split()
_VERBS = frozenset(_AUX + _IRREGULAR)
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")

# Publication-genre words a masthead's descriptor is made of ("— evening report, translated from Hebrew")
_GENRE = frozenset(
    "report reports summary summaries editorial editorials translation translated translations transcript "
    "transcripts podcast podcasts newsletter newsletters bulletin digest briefing brief roundup review edition "
    "issue episode show series programme program broadcast broadcaster radio tv television channel blog vlog "
    "magazine journal daily weekly monthly morning evening night midday weekend late early special english "
    "arabic online print web digital news newsroom opinion commentary analysis column columns feature live "
    "video audio press release statement statements official unofficial full text excerpt excerpts abridged "
    "original version monitor monitoring service wire agency".split())
_SHOW_END = frozenset("podcast newsletter show series programme program digest bulletin roundup vlog".split())
_DESC_SPLIT = re.compile(r"\s+[—–|-]\s+|\s*\(|\)\s*|\s*!\s+")
_NOTE = re.compile(r"^[\[(]?\s*(?:translator['’]?s\s+note\s*:|(?:(?:machine|unofficial|automatic|our|an?)\s+)?"
                   r"(?:translated|translation)\b(?:\s+(?:from|by|into|of)\b|\s*:))", re.I)


def clause(text: str) -> bool:
    """The line says something (a finite verb or a question): a title, never a kicker label."""
    t = text.strip()
    if t.endswith(("?", "!")):
        return True
    return any(w.lower().strip("'’") in _VERBS for w in _WORD.findall(t))


def label(text: str) -> bool:
    """A kicker-shaped label: at most five words, no verb, no question."""
    return len(text.split()) <= 5 and not clause(text)


def translator_note(text: str) -> bool:
    """ "Translated from Arabic by the Syria Press Monitor. ...", "[Translation: ...]": a note, not the story."""
    return len(text) <= 400 and bool(_NOTE.match(text.strip()))


@lru_cache(maxsize=4)
def _organisations(path: Path = PACKAGE_DATA / "gazetteer.yaml") -> frozenset[str]:
    """Line keys of the gazetteer's organisation names and aliases (two words or more, or all capitals)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return frozenset()
    keys: set[str] = set()
    for ent in data.get("entities") or []:
        if not isinstance(ent, dict) or ent.get("type") != "organization":
            continue
        for name in [ent.get("name")] + list(ent.get("aliases") or []):
            if isinstance(name, str) and (len(name.split()) >= 2 or (name.isupper() and len(name) >= 3)):
                keys.add(line_key(name))
    return frozenset(keys)


def _named(name: str, outlets: Outlets) -> bool:
    key = line_key(name)
    if key.startswith("the "):
        key = key[4:]
    return bool(key) and (outlets.masthead(name) is not None or outlets.masthead(key) is not None
                          or key in _organisations())


def _genre_phrase(text: str) -> bool:
    """Only genre words, function words and capitalised words (a language, a place, a channel number)."""
    words = _WORD.findall(text)
    if not words or len(words) > 8 or clause(text):
        return False
    genre = [w for w in words if w.lower() in _GENRE]
    return bool(genre) and all(w.lower() in _GENRE or w.lower() in SMALL or w[0].isupper() for w in words)


def masthead(text: str, outlets: Outlets) -> bool:
    """A publisher's name line, optionally with a short genre descriptor, or a show's name."""
    t = text.strip()
    if len(t) > 90 or t.endswith((".", "?")):
        return False
    parts = [p.strip(" ,;:—–-|") for p in _DESC_SPLIT.split(t) if p and p.strip(" ,;:—–-|")]
    if not parts:
        return False
    if _named(parts[0], outlets):
        return len(parts) == 1 or all(_named(p, outlets) or _genre_phrase(p) or
                                      (len(p.split()) <= 3 and not clause(p) and p[:1].isupper()) for p in parts[1:])
    if len(parts) >= 2 and _genre_phrase(parts[0]) is False and not clause(parts[0]) and \
            any(_genre_phrase(p) for p in parts[1:]) and len(parts[0].split()) <= 4 and \
            all(_genre_phrase(p) or (len(p.split()) <= 3 and not clause(p) and p[:1].isupper()) for p in parts[1:]):
        return True  # "Al-Watan (Damascus) — translated summary": a name, a place, a genre descriptor
    last = parts[-1]
    words = _WORD.findall(last)
    return len(parts) >= 2 and 2 <= len(words) <= 6 and words[-1].lower() in _SHOW_END and \
        words[0].lower() in ("a", "an", "the") and all(w[0].isupper() or w.lower() in SMALL for w in words)


def title_over_dek(text: str, below: list[str], below_kinds: list[str]) -> bool:
    """A title of one to three words directly over a sentence-case dek that is followed by a byline/date."""
    if not 1 <= len(text.split()) <= 3 or not text.strip()[:1].isupper() or len(below) < 2:
        return False
    dek = below[0].strip()
    words = dek.split()
    return 6 <= len(words) <= 45 and dek[:1].isupper() and dek.endswith((".", "?", "!")) and \
        below_kinds[0] in ("", "body") and below_kinds[1] in ("byline", "date")


def continues_title(prev: str, text: str) -> bool:
    """ "The Axis of Resistance" / "After Nasrallah": one Title Case title broken before a preposition."""
    a, b = prev.split(), text.split()
    if not a or not b or len(a) + len(b) > 12 or len(b) > 5 or clause(prev):
        return False
    first = b[0].lower()
    return first in SMALL and first not in ("a", "an", "the", "and", "or", "but", "so", "yet", "nor") and \
        all(w[0].isupper() for w in _WORD.findall(prev + " " + text) if w.lower() not in SMALL)


def outlet_prefix(text: str, outlets: Outlets) -> str:
    """ "Shafaq News/ Iraqi factions halt attacks": an agency's name glued before the headline goes."""
    m = re.match(r"^(?P<name>[^/|]{2,40}?)\s*/\s+(?P<rest>\S.{10,})$", text.strip())
    return m.group("rest") if m and outlets.masthead(m.group("name")) else text


def numeric_row(text: str) -> bool:
    """A row of numbers in any script ("سه‌شنبه ۲۰ آذر ۱۴۰۳ – ۹ ..."): at least three number tokens, 40% of all."""
    toks = [w for w in re.split(r"[\s,/–—\-|]+", text) if w]
    nums = sum(1 for w in toks if w.strip(".:").isdigit())
    return nums >= 3 and nums >= 0.4 * len(toks)
