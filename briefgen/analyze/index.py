"""Corpus-wide entity index (for entity pages) and unknown-name discovery."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from ..models import ENTITY_KINDS, KIND_OF_TYPE, Article
from .gazetteer import Gazetteer
from .text import STOPWORDS

_TYPE_OF_KIND = {v: k for k, v in KIND_OF_TYPE.items()}


@dataclass
class EntityInfo:
    """One entity across the corpus.

    ``slugs``: articles naming it, newest first (undated last), then by slug.
    ``cooccurring``: other entities named in the same articles, as
    ``(name, number of shared articles)``, most shared first then A-Z.
    ``known``: False when only user-edited front matter names it.
    """
    name: str
    type: str  # person | organization | place
    kind: str  # people | organizations | places (front-matter group)
    description: str = ""
    aliases: list[str] = field(default_factory=list)
    slugs: list[str] = field(default_factory=list)
    cooccurring: list[tuple[str, int]] = field(default_factory=list)
    known: bool = True

    @property
    def count(self) -> int:
        return len(self.slugs)


def entity_index(articles: list[Article], gazetteer: Gazetteer) -> dict[str, EntityInfo]:
    """Every entity named in *articles*' front matter, keyed by canonical name (sorted A-Z)."""
    arts = sorted(articles, key=lambda a: (-(a.date.toordinal() if a.date else 0), a.slug))
    info: dict[str, EntityInfo] = {}
    co: dict[str, Counter] = {}
    for art in arts:
        names = []
        for kind in ENTITY_KINDS:
            for name in art.entities.get(kind, []):
                if name in names:
                    continue
                names.append(name)
                if name not in info:
                    ent = gazetteer.get(name)
                    if ent is not None and ent.name == name:
                        info[name] = EntityInfo(ent.name, ent.type, ent.kind, ent.description, list(ent.aliases))
                    else:
                        info[name] = EntityInfo(name, _TYPE_OF_KIND[kind], kind, known=False)
                    co[name] = Counter()
                if art.slug not in info[name].slugs:
                    info[name].slugs.append(art.slug)
        for a in names:
            for b in names:
                if a != b:
                    co[a][b] += 1
    for name, e in info.items():
        e.cooccurring = sorted(co[name].items(), key=lambda kv: (-kv[1], kv[0].lower(), kv[0]))
    return dict(sorted(info.items(), key=lambda kv: (kv[0].lower(), kv[0])))


# ------------------------------------------------------------------ unknown names
_CAP = r"(?:[A-Z][a-z]+(?:['\u2019-][A-Za-z]+)*|(?:al|el|ad|as|ash|an|ar|at|az)-[A-Z][a-z]+(?:-[A-Za-z]+)*)"
_CONN = r"(?:al|el|bin|ibn|bint|de|of|the|for|and|abu|Abu|bou|Bou)"
_RUN = re.compile(rf"(?<![\w'\u2019-]){_CAP}(?:[ \t]+(?:{_CONN}[ \t]+)?{_CAP})*")
_SOLO_AL = re.compile(r"^(?:al|el|ad|as|ash|an|ar|at|az)-[A-Z]")
_NOT_NAME_START = set("""
the a an in on at after before since while but and or as if when where this that these those his her its their
our we he she it they there here however meanwhile according despite following during over under about mr mrs ms
dr president minister prime foreign defense defence secretary general lieutenant sheikh sayyed commander leader
chief head spokesman spokesperson deputy former senior top king queen prince crown emir pope judge colonel captain
sergeant major admiral brigadier lt gen col capt maj sgt adm sen rep gov read share photo credit getty
""".split())
_MONTHS_DAYS = set("""
january february march april may june july august september october november december monday tuesday wednesday
thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec
""".split())
_DEMONYM = re.compile(r"^(?:[A-Z][a-z]+(?:ian|ean|ese|ish|ic|i|an))$")
_GENERIC = set("special coordinator envoy representative ambassador spokesman office unit council committee".split())
_ROLE = set("""president minister ministry spokesman army forces force official officials leader government
authorities authority military navy police state war conflict border regime group groups militia sources source
prime foreign defense defence affairs""".split())


def _clean_run(run: str) -> str:
    toks = run.split()
    while toks and (toks[0].lower() in _NOT_NAME_START or toks[0].lower() in _MONTHS_DAYS
                    or toks[0].lower() in STOPWORDS):
        toks.pop(0)
    while toks and (toks[-1].lower() in STOPWORDS or toks[-1].lower() in _MONTHS_DAYS
                    or re.fullmatch(_CONN, toks[-1])):
        toks.pop()
    toks = [re.sub(r"['\u2019]s$", "", t) for t in toks]
    return " ".join(toks)


def _headline(line: str) -> bool:
    """Title Case lines (headlines, subheads) capitalise everything: no evidence of names."""
    if re.search(r"[.!?\"\u201d]\s*$", line) or len(line.split()) > 20:
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", line) if len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _runs(text: str, gazetteer: Gazetteer) -> list[tuple[str, bool]]:
    """Candidate names in *text*, each with whether it starts a sentence."""
    text = "\n".join("" if _headline(line) else line for line in text.split("\n"))
    chars = list(text)
    for m in gazetteer.find(text):  # blank out known names so they neither count nor glue to others
        for i in range(m.start, m.end):
            chars[i] = "|" if i == m.start else " "
    masked = "".join(chars)
    out = []
    for m in _RUN.finditer(masked):
        initial = not masked[:m.start()].strip() or bool(re.search(r"[.!?:\n\"\u201c]\s*$", masked[:m.start()]))
        name = _clean_run(m.group(0))
        if name:
            out.append((name, initial and name.split()[0] == m.group(0).split()[0]))
    return out


def _acceptable(name: str, gazetteer: Gazetteer) -> bool:
    toks = name.split()
    if not toks or (len(toks) < 2 and not _SOLO_AL.match(name)):
        return False
    if any(t.lower() in _MONTHS_DAYS for t in toks):
        return False
    if _DEMONYM.match(toks[0]) and toks[-1].lower() in _ROLE:
        return False
    if any(re.search(r"-(?:backed|led|based|allied|aligned|linked|run|born|made)$", t) for t in toks):
        return False
    if all(t.lower() in _NOT_NAME_START or t.lower() in _ROLE or t.lower() in _GENERIC for t in toks):
        return False
    return not name.isupper() and gazetteer.get(name) is None


def unknown_names(texts: Iterable[str], gazetteer: Gazetteer, min_count: int = 2) -> list[tuple[str, int]]:
    """Capitalised multi-word names (and al-X names) the gazetteer does not know, most frequent first.

    A run that starts a sentence ("Later Wissam al-Tawil") counts for the
    name without its first word when that shorter name is seen elsewhere.
    """
    runs = [r for t in texts for r in _runs(t, gazetteer)]
    inner = {name for name, initial in runs if not initial}
    counts: Counter = Counter()
    for name, initial in runs:
        if initial:
            rest = " ".join(name.split()[1:])
            if rest in inner or not _acceptable(name, gazetteer):
                name = rest
        if _acceptable(name, gazetteer):
            counts[name] += 1
    return sorted(((n, c) for n, c in counts.items() if c >= min_count), key=lambda kv: (-kv[1], kv[0]))
