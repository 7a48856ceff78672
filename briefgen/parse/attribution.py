"""Outlets: who published an article (``source``) and whom it cites (``attributed_to``).

Names come from ``outlets.yaml`` (canonical name + aliases + domains). Only
aliases match in text (case-sensitively, as whole words); the canonical name is
the display name and counts in text only when it is also listed as an alias, so
a natural name ("Vox", "The Independent") never fires on ordinary prose. A
mention counts as attribution when a citation cue ("according to", "reported",
"told", ...) sits next to it in the same sentence, and not when:

- it opens a longer proper name ("The Guardian Council", "The National Coalition"):
  a capitalised word follows it directly (weekdays, months, languages and media
  words such as "TV" or "Arabic" excepted: "told AFP Monday", "Al Mayadeen TV");
- it is a person's affiliation ("Charles Lister of the Middle East Institute",
  "a senior fellow at X"): an analyst's employer is not a cited source.

Photo credits never count (captions are not passed in). Which outlet is the
page's ``source`` is settled in ``sourcing.py``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import yaml

_CUES = re.compile(
    r"\b(?:according\s+to|report(?:s|ed|ing)?|told|tells|said|says|quot(?:ed|es|ing)|"
    r"cit(?:ed|es|ing)|publish(?:ed|es)|wrote|writes|reveal(?:ed|s)|learn(?:ed|t)|"
    r"obtained|confirm(?:ed|s)|interview(?:ed)?|broadcast|aired|leaked|"
    r"newspaper|agency|daily|website|outlet|news\s+site|correspondent)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")


@dataclass(frozen=True)
class Outlets:
    """Compiled outlet table."""

    pattern: re.Pattern[str] | None
    canon: dict[str, str]  # alias -> canonical name (the spellings matched in text)
    domains: dict[str, str]  # domain -> canonical name
    names: tuple[str, ...]
    mastheads: dict[str, str] = field(default_factory=dict)  # line key -> canonical (whole-line logos)
    taglines: dict[str, str] = field(default_factory=dict)  # line key -> canonical (slogans under the logo)
    date_order: dict[str, str] = field(default_factory=dict)  # canonical -> "MDY" for month-first outlets
    exact: dict[str, str] = field(default_factory=dict)  # name or alias -> canonical (whole-value lookups)
    folded: dict[str, str] = field(default_factory=dict)  # casefolded name/alias (> 3 chars) -> canonical
    kinds: dict[str, str] = field(default_factory=dict)  # canonical -> agency | outlet | broadcaster | publisher

    def masthead(self, line: str) -> str | None:
        """Canonical outlet when the whole *line* is an outlet's name, logo text or domain."""
        key = line_key(line)
        if not key or len(key) > 60:
            return None
        if key in self.mastheads:
            return self.mastheads[key]
        for suffix in (" english", " arabic", " online", " net", " tv", " com", " news", " newsroom"):
            if key.endswith(suffix) and key[: -len(suffix)] in self.mastheads:
                return self.mastheads[key[: -len(suffix)]]
        return None

    def bilingual(self, line: str) -> str | None:
        """A masthead written twice ("Nidaa al-Watan – نداء الوطن", "الجديد | Al Jadeed"), read half by half.

        Every half naming an outlet must name the same one; a half naming none must be
        short and in another script than the named half (the same name, transliterated).
        """
        parts = [p.strip() for p in _HALVES.split(line.strip()) if p.strip()]
        if len(parts) != 2:
            return None
        names = [self.masthead(p) for p in parts]
        if names[0] and names[1]:
            return names[0] if names[0] == names[1] else None
        named, other = (parts[0], parts[1]) if names[0] else (parts[1], parts[0])
        if not (names[0] or names[1]) or len(other.split()) > 4 or _latin(named) == _latin(other):
            return None
        return names[0] or names[1]

    def tagline(self, line: str) -> str | None:
        """Canonical outlet when *line* is one of its slogans."""
        return self.taglines.get(line_key(line))

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """All outlet mentions in *text* as (start, end, canonical name)."""
        if not self.pattern:
            return []
        return [(m.start(), m.end(), self.canon[m.group(0)]) for m in self.pattern.finditer(text)]

    def canonical(self, name: str) -> str | None:
        """Canonical name of a publisher value: a name or alias, a URL or domain, a masthead, or one mention."""
        name = " ".join(str(name).split()).strip(" .,:;-|")
        if not name:
            return None
        if name in self.exact:
            return self.exact[name]
        if name.casefold() in self.folded:
            return self.folded[name.casefold()]
        if _URLISH.match(name):
            return self.from_url(name if "//" in name else f"https://{name}")
        got = self.masthead(name) or self.bilingual(name)
        if got:
            return got
        hits = self.find(name)
        return hits[0][2] if len({h[2] for h in hits}) == 1 else None

    def from_url(self, url: str) -> str | None:
        """Canonical outlet of a URL's domain (``www.`` and sub-domains allowed)."""
        try:
            host = (urlsplit(url.strip()).hostname or "").lower()
        except ValueError:
            return None
        while host:
            if host in self.domains:
                return self.domains[host]
            if "." not in host:
                break
            host = host.split(".", 1)[1]
        return None


_HALVES = re.compile(r"\s+[|–—·•/-]\s+|\s*[|–—]\s*(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])\s*[|–—]\s*")
_URLISH = re.compile(r"^(?:https?://\S+|(?:[a-z0-9-]+\.)+[a-z]{2,24}(?:/\S*)?)$", re.IGNORECASE)


def _latin(text: str) -> bool:
    return bool(re.search(r"[A-Za-z]", text))


def line_key(text: str) -> str:
    """Whole-line compare key: NFKC, casefolded, words only ("L’Orient Today" -> "l orient today")."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.findall(r"[^\W_]+", text))


def _compile(data: object) -> Outlets:
    canon: dict[str, str] = {}
    exact: dict[str, str] = {}
    domains: dict[str, str] = {}
    names: list[str] = []
    heads: dict[str, str] = {}
    tags: dict[str, str] = {}
    order: dict[str, str] = {}
    kinds: dict[str, str] = {}
    rows = data.get("outlets", []) if isinstance(data, dict) else []
    for row in rows or []:
        if not isinstance(row, dict) or not row.get("name"):
            continue
        name = str(row["name"])
        names.append(name)
        kinds[name] = str(row.get("kind") or "outlet")
        for alias in row.get("aliases") or []:
            canon.setdefault(str(alias), name)
        for alias in [name, *(row.get("aliases") or [])]:
            exact.setdefault(str(alias), name)
        for dom in row.get("domains") or []:
            domains[str(dom).lower()] = name
            heads.setdefault(line_key(str(dom)), name)
        for alias in [name, *(row.get("aliases") or []), *(row.get("mastheads") or [])]:
            if line_key(str(alias)):
                heads.setdefault(line_key(str(alias)), name)
        for tag in row.get("taglines") or []:
            tags.setdefault(line_key(str(tag)), name)
        if str(row.get("date_order", "")).upper() in ("MDY", "DMY"):
            order[name] = str(row["date_order"]).upper()
    folded: dict[str, str] = {}
    for alias, name in exact.items():
        if len(alias) > 3:
            folded.setdefault(alias.casefold(), name)
    pattern = None
    if canon:
        alts = "|".join(re.escape(a) for a in sorted(canon, key=lambda a: (-len(a), a)))
        pattern = re.compile(rf"(?<![\w\-/.])(?:{alts})(?![\w\-]|\.\w)")
    return Outlets(pattern, canon, domains, tuple(names), heads, tags, order, exact, folded, kinds)


@functools.lru_cache(maxsize=8)
def _load_cached(path: str, mtime: float) -> Outlets:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        data = {}
    return _compile(data)


def load_outlets(path: Path) -> Outlets:
    """Load (and cache) the outlet table at *path*; a missing file gives an empty table."""
    try:
        mtime = Path(path).stat().st_mtime
    except OSError:
        mtime = -1.0
    return _load_cached(str(path), mtime)


def sentences(text: str) -> list[str]:
    """Rough sentence split (enough for citation windows)."""
    return [s for s in _SENTENCE.split(text) if s.strip()]


# A capitalised word that may follow an outlet's name without extending it ("told AFP Monday", "Al Mayadeen TV").
_FREE_NEXT = frozenset("""
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
TV Television Radio Online News Newspaper Agency Channel Network Service Website Daily Weekly Live Digital
Sport Sports World Business Monitoring Magazine Podcast
English Arabic Persian Farsi Turkish French Hebrew Russian Spanish German Urdu Kurdish Chinese Portuguese Italian
""".split())
_NEXT_WORD = re.compile(r" (?P<w>[A-Z][\w’'\-]*)")
# "<Person Name> of the X", "a senior fellow at X", "an analyst with X": the speaker's employer, not a cited source
_ROLE = (r"analyst|fellow|researcher|scholar|director|expert|professor|lecturer|economist|specialist|head|chief|"
         r"president|founder|member|associate|advis[eo]r|scientist|strategist|academic|co-?director|manager")
_AFFILIATION = re.compile(
    r"(?:\b[A-Z][\w’'\-]+\s+[A-Z][\w’'\-]+,?\s+(?:of|at)|\b(?:" + _ROLE + r")s?,?\s+(?:of|at|with))\s+(?:the\s+)?$")


def _not_cited(sent: str, start: int, end: int) -> bool:
    """True when the mention at [start:end] opens a longer proper name or is a person's affiliation."""
    nxt = _NEXT_WORD.match(sent, end)
    if nxt and nxt.group("w") not in _FREE_NEXT:
        return True
    return bool(_AFFILIATION.search(sent[max(0, start - 80):start]))


def attributions(paragraphs: list[str], outlets: Outlets) -> tuple[list[str], list[str]]:
    """Outlets the body cites, in first-mention order, with one reason each."""
    found: list[str] = []
    reasons: list[str] = []
    for para in paragraphs:
        for sent in sentences(para):
            for start, end, name in outlets.find(sent):
                if name in found or _not_cited(sent, start, end):
                    continue
                window = sent[max(0, start - 90): end + 90]
                cue = _CUES.search(window)
                if cue:
                    found.append(name)
                    snippet = " ".join(sent[max(0, start - 50): end + 30].split())
                    reasons.append(f"{name}: cited ('{cue.group(0)}') in \"…{snippet}…\"")
    return found, reasons
