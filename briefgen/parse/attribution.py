"""Outlets: who published an article (``source``) and whom it cites (``attributed_to``).

Names come from ``outlets.yaml`` (canonical name + aliases + domains). Aliases
match case-sensitively as whole words. A mention only counts as attribution
when a citation cue ("according to", "reported", "told", ...) sits next to it
in the same sentence; photo credits never count (captions are not passed in).
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
    canon: dict[str, str]  # alias -> canonical name
    domains: dict[str, str]  # domain -> canonical name
    names: tuple[str, ...]
    mastheads: dict[str, str] = field(default_factory=dict)  # line key -> canonical (whole-line logos)
    taglines: dict[str, str] = field(default_factory=dict)  # line key -> canonical (slogans under the logo)
    date_order: dict[str, str] = field(default_factory=dict)  # canonical -> "MDY" for month-first outlets

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

    def tagline(self, line: str) -> str | None:
        """Canonical outlet when *line* is one of its slogans."""
        return self.taglines.get(line_key(line))

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """All outlet mentions in *text* as (start, end, canonical name)."""
        if not self.pattern:
            return []
        return [(m.start(), m.end(), self.canon[m.group(0)]) for m in self.pattern.finditer(text)]

    def canonical(self, name: str) -> str | None:
        """Canonical name when *name* is (or contains, whole) a known outlet."""
        name = " ".join(name.split()).strip(" .,:;-|")
        if name in self.canon:
            return self.canon[name]
        low = {k.lower(): v for k, v in self.canon.items() if len(k) > 3}
        if name.lower() in low:
            return low[name.lower()]
        hits = self.find(name)
        return hits[0][2] if len(hits) == 1 else None

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


def line_key(text: str) -> str:
    """Whole-line compare key: NFKC, casefolded, words only ("L’Orient Today" -> "l orient today")."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.findall(r"[^\W_]+", text))


def _compile(data: object) -> Outlets:
    canon: dict[str, str] = {}
    domains: dict[str, str] = {}
    names: list[str] = []
    heads: dict[str, str] = {}
    tags: dict[str, str] = {}
    order: dict[str, str] = {}
    rows = data.get("outlets", []) if isinstance(data, dict) else []
    for row in rows or []:
        if not isinstance(row, dict) or not row.get("name"):
            continue
        name = str(row["name"])
        names.append(name)
        for alias in [name, *(row.get("aliases") or [])]:
            canon.setdefault(str(alias), name)
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
    if not canon:
        return Outlets(None, {}, domains, tuple(names), heads, tags, order)
    alts = "|".join(re.escape(a) for a in sorted(canon, key=lambda a: (-len(a), a)))
    pattern = re.compile(rf"(?<![\w\-/.])(?:{alts})(?![\w\-]|\.\w)")
    return Outlets(pattern, canon, domains, tuple(names), heads, tags, order)


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


def attributions(paragraphs: list[str], outlets: Outlets) -> tuple[list[str], list[str]]:
    """Outlets the body cites, in first-mention order, with one reason each."""
    found: list[str] = []
    reasons: list[str] = []
    for para in paragraphs:
        for sent in sentences(para):
            for start, end, name in outlets.find(sent):
                window = sent[max(0, start - 90): end + 90]
                cue = _CUES.search(window)
                if cue and name not in found:
                    found.append(name)
                    snippet = " ".join(sent[max(0, start - 50): end + 30].split())
                    reasons.append(f"{name}: cited ('{cue.group(0)}') in \"…{snippet}…\"")
    return found, reasons
