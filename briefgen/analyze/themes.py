"""Themes: a YAML taxonomy of weighted rules, and multi-label scoring.

Taxonomy layout (``briefgen/data/taxonomy.yaml``)::

    secondary_ratio: 0.6        # a 2nd/3rd theme needs >= this share of the top score
    themes:
      - id: lebanon-front
        name: Lebanon front
        description: ...
        threshold: 6            # minimum score to assign the theme
        min_coverage: 0.2       # share of sentences (title included) with evidence (rejects passing mentions)
        title_weight: 2         # evidence in the title counts this many times its weight
        terms: {southern Lebanon: 3, ceasefire: 1.5}       # phrases, any case; plurals match
        entities: {Hezbollah: 1.5, UNIFIL: 3}              # gazetteer canonical names
        negative: {football: 4}                            # subtracted
        require:                                           # every group needs a match
          - [Lebanon, Beirut, Hezbollah, southern Lebanon, "tag:lebanon"]
          - [Israel, Israeli]
        short: {sentences: 5, threshold: 6}                # a lower threshold for short texts
        negative_min: 2                                    # a negative term counts from 2 mentions (or in the title)
        secondary_ratio: 0.65                              # this theme as a 2nd/3rd one needs this share instead
        secondary_score: 36                                # ... or this score of its own

``tag:NAME`` in ``entities`` or ``require`` stands for every gazetteer
entity tagged NAME (e.g. ``tag:south-lebanon``: any village of southern
Lebanon). ``short``: an article with at most ``sentences`` substantive
sentences (four words or more; the title not counted) needs only
``threshold`` - a two-paragraph wire item cannot pile up a long article's
score. Lines under four words ("Share", "Next", "LBCI") do not count for
coverage either.

Score of a theme = sum over matched terms/entities of ``w * (1 + ln n)``
(n = mentions) plus ``w * (title_weight - 1)`` when it is in the title, minus
the same for negative terms. A theme whose ``require`` groups do not all
match scores nothing (e.g. a Lebanon article with no war in it). Themes are assigned strongest first; a theme
below its threshold or coverage is not assigned, and an article may get
none (``themes: []``). A theme's own ``secondary_ratio`` replaces the global
one when it is not the strongest: a theme whose words are everyday background
of the others (Lebanon and Hezbollah in any Syria story) can ask for more, a
theme that is often a real second subject (Iran's network behind a Syria
story) for less. A theme scoring at least its ``secondary_score`` is assigned
whatever the ratio: that much evidence of its own makes it a subject.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import ahocorasick
import yaml

from ..models import ContentError, ThemeScore
from .text import fold_lower

MIN_WORDS = 4  # shorter lines ("Share", "Next", an outlet name) are page furniture for coverage
_ID_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789-")


@dataclass(frozen=True)
class Theme:
    id: str
    name: str
    description: str = ""
    terms: dict[str, float] = field(default_factory=dict)
    entities: dict[str, float] = field(default_factory=dict)
    negative: dict[str, float] = field(default_factory=dict)
    title_weight: float = 2.0
    threshold: float = 5.0
    min_coverage: float = 0.0
    require: tuple[tuple[str, ...], ...] = ()
    short_sentences: int = 0  # articles with at most this many substantive sentences ...
    short_threshold: float = 0.0  # ... need only this score (0 / 0: no special case)
    negative_min: int = 1  # a negative term counts from this many mentions (or when in the title)
    secondary_ratio: float | None = None  # share of the top score needed as a 2nd/3rd theme (None: the global one)
    secondary_score: float | None = None  # ... or a score of its own that is enough as a 2nd/3rd theme

    @property
    def rules(self) -> dict[str, Any]:
        """The scoring rules as plain data (for display/debugging)."""
        return {"terms": dict(self.terms), "entities": dict(self.entities), "negative": dict(self.negative),
                "require": [list(g) for g in self.require], "title_weight": self.title_weight,
                "threshold": self.threshold, "min_coverage": self.min_coverage,
                "short": {"sentences": self.short_sentences, "threshold": self.short_threshold},
                "negative_min": self.negative_min, "secondary_ratio": self.secondary_ratio,
                "secondary_score": self.secondary_score}

    def threshold_for(self, substantive: int) -> float:
        """The threshold for an article with *substantive* body sentences."""
        if self.short_sentences and substantive <= self.short_sentences:
            return min(self.threshold, self.short_threshold)
        return self.threshold


def term_key(text: str) -> str:
    """Normalised form used to match taxonomy terms: lowercase, hyphens as spaces."""
    return " ".join(fold_lower(text).replace("-", " ").split())


def term_text(text: str) -> str:
    """Same-length normalisation of article text for term matching."""
    return fold_lower(text).replace("-", " ")


@dataclass
class Taxonomy:
    themes: list[Theme]
    secondary_ratio: float = 0.6
    path: str | None = None
    _auto: Any = field(default=None, repr=False)

    def __post_init__(self) -> None:
        auto = ahocorasick.Automaton()
        keys: dict[str, str] = {}
        for th in self.themes:
            for term in (*th.terms, *th.negative, *(x for g in th.require for x in g)):
                k = term_key(term)
                if k:
                    keys[k] = k
        for k in keys:
            auto.add_word(k, k)
        self._auto = auto if keys else None
        if keys:
            auto.make_automaton()

    def theme(self, theme_id: str) -> Theme:
        for th in self.themes:
            if th.id == theme_id:
                return th
        raise KeyError(theme_id)

    @property
    def ids(self) -> list[str]:
        return [t.id for t in self.themes]

    def term_counts(self, text: str) -> Counter:
        """Counts of normalised taxonomy terms in *text* (word-bounded, plural 's'/'es' allowed)."""
        out: Counter = Counter()
        if self._auto is None or not text:
            return out
        norm = term_text(text)
        n = len(norm)
        for end, key in self._auto.iter(norm):
            start = end - len(key) + 1
            if start > 0 and norm[start - 1].isalnum():
                continue
            stop = end + 1
            if stop < n and norm[stop].isalnum():
                if norm.startswith("s", stop) and (stop + 1 >= n or not norm[stop + 1].isalnum()):
                    pass
                elif norm.startswith("es", stop) and (stop + 2 >= n or not norm[stop + 2].isalnum()):
                    pass
                else:
                    continue
            out[key] += 1
        return out


@dataclass
class Evidence:
    """What one text unit (title or a body sentence) contains.

    ``entities`` holds canonical names and, for each mention, ``tag:NAME``
    for each of the entity's gazetteer tags. ``words``: length of the unit
    (0 = unknown, counted as substantive).
    """
    terms: Counter
    entities: Counter
    words: int = 0

    @property
    def substantive(self) -> bool:
        return self.words == 0 or self.words >= MIN_WORDS


@dataclass
class RawScore:
    """A theme's score before thresholds, with its coverage and contributions."""
    theme: Theme
    score: float
    coverage: float
    matched: list[str]

    gates: bool = True  # every `require` group matched
    threshold: float | None = None  # the theme's threshold for this article's length

    @property
    def passes(self) -> bool:
        thr = self.theme.threshold if self.threshold is None else self.threshold
        return self.gates and self.score >= thr and self.coverage >= self.theme.min_coverage


def raw_scores(title: Evidence, sentences: list[Evidence], taxonomy: Taxonomy) -> list[RawScore]:
    """Every theme's score (in taxonomy order), ignoring thresholds."""
    body_terms: Counter = Counter()
    body_ents: Counter = Counter()
    for s in sentences:
        body_terms.update(s.terms)
        body_ents.update(s.entities)
    substantive = sum(1 for s in sentences if s.substantive)
    out = []
    for th in taxonomy.themes:
        contrib: dict[str, float] = {}
        raw = 0.0
        for kind, rules, tcount, bcount in (
            ("term", th.terms, title.terms, body_terms),
            ("entity", th.entities, title.entities, body_ents),
            ("negative", th.negative, title.terms, body_terms),
        ):
            for item, w in rules.items():
                key = term_key(item) if kind != "entity" else item
                n_title, n_body = tcount.get(key, 0), bcount.get(key, 0)
                if not n_title and not n_body:
                    continue
                if kind == "negative" and not n_title and n_body < th.negative_min:
                    continue  # one "soccer field" in a war story is not a football story
                value = w * (1 + math.log(n_title + n_body))
                if n_title:
                    value += w * (th.title_weight - 1)
                if kind == "negative":
                    raw -= value
                    contrib["-" + item] = -value
                else:
                    raw += value
                    contrib[item] = contrib.get(item, 0.0) + value
        pos_terms = {term_key(t) for t in th.terms}
        pos_ents = set(th.entities)
        units = [title, *sentences] if (title.terms or title.entities) else sentences
        units = [u for u in units if u.substantive] or units
        hit = sum(1 for s in units
                  if any(k in pos_terms for k in s.terms) or any(e in pos_ents for e in s.entities))
        coverage = hit / len(units) if units else 1.0
        matched = [k for k, v in sorted(contrib.items(), key=lambda kv: (-kv[1], kv[0])) if v > 0][:12]
        gates = all(any(title.entities.get(x) or body_ents.get(x) or title.terms.get(term_key(x))
                        or body_terms.get(term_key(x)) for x in group) for group in th.require)
        out.append(RawScore(th, raw, coverage, matched, gates, th.threshold_for(substantive)))
    return out


def score_themes(title: Evidence, sentences: list[Evidence], taxonomy: Taxonomy) -> dict[str, ThemeScore]:
    """Scores of the themes to assign, strongest first (empty when none fits)."""
    passing = [(r.score, i, r) for i, r in enumerate(raw_scores(title, sentences, taxonomy)) if r.passes]
    passing.sort(key=lambda p: (-p[0], p[1]))
    if not passing:
        return {}
    top = passing[0][0]
    out = {}
    for n, (score, _i, r) in enumerate(passing):
        ratio = taxonomy.secondary_ratio if r.theme.secondary_ratio is None else r.theme.secondary_ratio
        strong = r.theme.secondary_score is not None and score >= r.theme.secondary_score
        if n == 0 or score >= ratio * top or strong:
            out[r.theme.id] = ThemeScore(score=round(r.score, 2), matched=r.matched)
    return out


# ------------------------------------------------------------------ loading
def _weights(value: Any, what: str, where: str, path: str) -> dict[str, float]:
    if value is None:
        return {}
    if isinstance(value, list):  # a plain list means weight 1 each
        value = {str(v): 1.0 for v in value}
    if not isinstance(value, dict):
        raise ContentError(f"{where}: {what} must be a mapping of phrase: weight", path=path)
    out: dict[str, float] = {}
    for k, v in value.items():
        if v is None:
            v = 1.0
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise ContentError(f"{where}: weight of {what} {k!r} must be a number, not {v!r}", path=path)
        out[str(k).strip()] = float(v)
    return out


def _groups(value: Any, where: str, path: str) -> tuple[tuple[str, ...], ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(g, list) and g for g in value):
        raise ContentError(f"{where}: require must be a list of non-empty lists of terms/entities", path=path)
    return tuple(tuple(str(x).strip() for x in g) for g in value)


def _short(value: Any, where: str, path: str) -> tuple[int, float]:
    if value is None:
        return 0, 0.0
    if not isinstance(value, dict) or set(value) - {"sentences", "threshold"}:
        raise ContentError(f"{where}: short must be a mapping {{sentences: N, threshold: X}}", path=path)
    n = _number(value, "sentences", 0, where + " short", path)
    thr = _number(value, "threshold", 0, where + " short", path)
    if n < 0 or n != int(n) or thr < 0:
        raise ContentError(f"{where}: short.sentences must be a whole number >= 0 and short.threshold >= 0", path=path)
    return int(n), float(thr)


def _number(item: dict, key: str, default: float, where: str, path: str) -> float:
    v = item.get(key, default)
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise ContentError(f"{where}: {key} must be a number, not {v!r}", path=path)
    return float(v)


def parse_taxonomy(data: Any, path: str = "<taxonomy>") -> Taxonomy:
    """Validate a loaded YAML mapping and build the Taxonomy."""
    if not isinstance(data, dict) or not isinstance(data.get("themes"), list):
        raise ContentError("taxonomy must be a mapping with a 'themes' list", path=path)
    themes: list[Theme] = []
    seen: set[str] = set()
    for i, item in enumerate(data["themes"], 1):
        where = f"theme #{i}"
        if not isinstance(item, dict):
            raise ContentError(f"{where} must be a mapping with id/name/description", path=path)
        tid = str(item.get("id") or "").strip()
        if not tid or not set(tid) <= _ID_CHARS:
            raise ContentError(f"{where}: id must be lowercase letters, digits and hyphens, not {tid!r}", path=path)
        if tid in seen:
            raise ContentError(f"duplicate theme id {tid!r}", path=path)
        seen.add(tid)
        where = f"theme {tid!r}"
        short = _short(item.get("short"), where, path)
        sec = item.get("secondary_ratio")
        if sec is not None and (isinstance(sec, bool) or not isinstance(sec, (int, float)) or not 0 <= sec <= 1):
            raise ContentError(f"{where}: secondary_ratio must be a number between 0 and 1, not {sec!r}", path=path)
        themes.append(Theme(
            id=tid,
            name=str(item.get("name") or tid).strip(),
            description=" ".join(str(item.get("description") or "").split()),
            terms=_weights(item.get("terms"), "terms", where, path),
            entities=_weights(item.get("entities"), "entities", where, path),
            negative=_weights(item.get("negative"), "negative", where, path),
            title_weight=_number(item, "title_weight", 2.0, where, path),
            threshold=_number(item, "threshold", 5.0, where, path),
            min_coverage=_number(item, "min_coverage", 0.0, where, path),
            require=_groups(item.get("require"), where, path),
            short_sentences=short[0],
            short_threshold=short[1],
            negative_min=int(_number(item, "negative_min", 1, where, path)),
            secondary_ratio=None if sec is None else float(sec),
            secondary_score=None if item.get("secondary_score") is None
            else _number(item, "secondary_score", 0, where, path),
        ))
    ratio = data.get("secondary_ratio", 0.6)
    if isinstance(ratio, bool) or not isinstance(ratio, (int, float)) or not 0 <= ratio <= 1:
        raise ContentError(f"secondary_ratio must be a number between 0 and 1, not {ratio!r}", path=path)
    return Taxonomy(themes, secondary_ratio=float(ratio), path=path)


def load_taxonomy(path: Path) -> Taxonomy:
    """Read and validate a taxonomy YAML file (ContentError on any problem)."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ContentError(f"cannot read taxonomy: {exc.strerror or exc}", path=str(path)) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise ContentError(f"invalid YAML{where}: {getattr(exc, 'problem', None) or exc}", path=str(path)) from None
    return parse_taxonomy(data, str(path))


def check_taxonomy(taxonomy: Taxonomy, gazetteer) -> list[str]:
    """Problems of a taxonomy against a gazetteer (entity names it does not know)."""
    problems = []
    tags = {t for e in gazetteer.entities for t in e.tags}
    for th in taxonomy.themes:
        for name in [*th.entities, *(x for g in th.require for x in g if x.startswith("tag:"))]:
            if name.startswith("tag:"):
                if name[4:] not in tags:
                    problems.append(f"theme {th.id!r}: no gazetteer entity has the tag {name[4:]!r}")
                continue
            ent = gazetteer.get(name)
            if ent is None:
                problems.append(f"theme {th.id!r}: unknown entity {name!r}")
            elif ent.name != name:
                problems.append(f"theme {th.id!r}: use the canonical name {ent.name!r}, not {name!r}")
    return problems
