"""Curated gazetteer of people, organisations and places, and fast matching.

YAML layout (``briefgen/data/gazetteer.yaml``)::

    dates:                              # well-known dates of the conflict
      - {date: 2023-10-07, label: Hamas attack on Israel, context: [Hamas, massacre, attack]}
    entities:
      - name: Hezbollah                 # canonical name (what front matter shows)
        type: organization              # person | organization | place
        description: Lebanese Shia ...  # one line
        aliases: [Hizbullah, Hizballah]
        short: Hezbollah                # optional: short form for timeline labels
        tags: [media]                   # optional: media = news outlet/agency;
                                        # name_like = also a given name ("Jordan"): not
                                        # matched when glued to another capitalised word
                                        # in normal prose ("Michael Jordan", "Jordan Smith")
        case_sensitive: false           # optional: all aliases match exact case
    ignore: [Jerusalem Time]            # phrases that never yield an entity

A yearless "October 7" in an article written within ``years`` (default 3)
after a ``dates`` entry, in a sentence with one of its context words, means
that date; it also gives the timeline label.

Generated spellings (``text.spelling_variants``: Mohammed/Muhammad, al-/el-,
"Qais Khazali" for "Qais al-Khazali", "Saar" for "Sa'ar") are added too, but
never override a written alias, and one that two entities produce is dropped.

Matching rules: longest leftmost match, real word boundaries (a possessive
``'s``/``’s`` is fine). Aliases written in capitals (``IDF``, ``U.S.``,
``UN``) only match in capitals. Other aliases ignore case, except that a word
the alias capitalises must be capitalised in the text ("Hama" is a place,
"hama" is not), particles such as ``al-``/``bin``/``of`` excepted.
Demonyms ("Israeli", "Lebanese") are deliberately not entities: the word
boundary rule keeps "Israel" from matching inside "Israeli".
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import ahocorasick
import yaml

from ..models import KIND_OF_TYPE, ContentError
from .text import bounded, fold, fold_lower, glued_to_name, looks_title_case, spelling_variants

ENTITY_TYPES = tuple(KIND_OF_TYPE)  # person, organization, place, other
PARTICLES = frozenset(
    "al el ad ad- ash as at an ar az bin ibn bint ben de del der di du la le van von of the and for in on "
    "da dos das y e".split()
)


@dataclass(frozen=True)
class Entity:
    name: str
    type: str
    description: str = ""
    aliases: tuple[str, ...] = ()
    short: str = ""
    tags: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        """Front-matter group (models.KIND_OF_TYPE): people | organizations | places | other."""
        return KIND_OF_TYPE[self.type]

    @property
    def label(self) -> str:
        """Short form for timeline labels ("Nasrallah")."""
        return self.short or self.name


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    entity: Entity
    text: str


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _required_upper(alias: str) -> tuple[int, ...]:
    """Offsets of letters that must be capitals in the text for *alias* to match."""
    req = []
    i = 0
    n = len(alias)
    while i < n:
        if alias[i].isalpha() and (i == 0 or not alias[i - 1].isalnum() and alias[i - 1] != "'"):
            j = i
            while j < n and (alias[j].isalnum()):
                j += 1
            word = alias[i:j].lower()
            if alias[i].isupper() and word not in PARTICLES:
                req.append(i)
            i = j
        else:
            i += 1
    return tuple(req)


def _variants(alias: str) -> set[str]:
    """Spelling variants generated automatically (hyphen <-> space)."""
    out = {alias}
    if "-" in alias:
        out.add(alias.replace("-", " "))
    return out


@dataclass(frozen=True)
class DateAnchor:
    """A well-known date ("October 7") that a yearless mention refers to when the context fits."""
    date: _dt.date
    label: str
    context: tuple[str, ...] = ()
    years: int = 3
    follow: tuple[str, ...] = ()  # words right after the date that name this event ("October 7 attacks")  # only articles within this many years after the date


@dataclass
class Gazetteer:
    entities: list[Entity]
    ignore: tuple[str, ...] = ()
    dates: tuple[DateAnchor, ...] = ()
    path: str | None = None
    national: dict[str, dict[str, str]] = field(default_factory=dict)  # country -> {bare form: entity} (national.py)
    _by_key: dict[str, Entity] = field(default_factory=dict, repr=False)
    _exact: Any = field(default=None, repr=False)
    _loose: Any = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self._build()

    # ---------------------------------------------------------------- build
    def _build(self) -> None:
        exact: dict[str, Entity | None] = {}
        loose: dict[str, tuple[Entity | None, tuple[int, ...]]] = {}
        by_key: dict[str, Entity] = {}
        names: dict[str, Entity] = {}
        for ent in self.entities:
            if ent.name.lower() in names:
                raise ContentError(f"duplicate entity name {ent.name!r}", path=self.path)
            names[ent.name.lower()] = ent
        soft: dict[str, set[int]] = {}  # generated spelling -> indexes of the entities producing it
        for i, ent in enumerate(self.entities):
            for alias in (ent.name, *ent.aliases):
                by_key.setdefault(fold_lower(alias), ent)
                self._add(alias, ent, exact, loose, "case_sensitive" in ent.tags)
                if "case_sensitive" not in ent.tags and not _is_acronym(alias):
                    for var in spelling_variants(" ".join(alias.split()), ent.type == "person"):
                        soft.setdefault(var, set()).add(i)
        for phrase in self.ignore:
            self._add(phrase, None, exact, loose, False)
        for var, owners in sorted(soft.items()):  # generated variants never override, and an ambiguous one is dropped
            key = fold_lower(var)
            if len(owners) == 1 and key not in loose and key not in by_key:
                ent = self.entities[next(iter(owners))]
                by_key[key] = ent
                loose[key] = (ent, _required_upper(fold(var)))
        self._by_key = by_key
        self._exact = _automaton({k: (v, ()) for k, v in exact.items()})
        self._loose = _automaton(loose)

    def _add(self, alias: str, ent: Entity | None, exact: dict, loose: dict, force_exact: bool) -> None:
        alias = " ".join(alias.split())
        if not alias:
            return
        for var in _variants(alias):
            if force_exact or _is_acronym(var):
                key = fold(var)
                other = exact.get(key)
                if key in exact and other is not ent:
                    raise ContentError(
                        f"alias {alias!r} is used by both {_nm(other)!r} and {_nm(ent)!r}", path=self.path)
                exact[key] = ent
            else:
                key = fold_lower(var)
                req = _required_upper(fold(var))
                if key in loose:
                    other, oreq = loose[key]
                    if other is not ent:
                        raise ContentError(
                            f"alias {alias!r} is used by both {_nm(other)!r} and {_nm(ent)!r}", path=self.path)
                    req = tuple(sorted(set(req) & set(oreq)))
                loose[key] = (ent, req)

    # ---------------------------------------------------------------- lookup
    def entry(self, name: str) -> Entity:
        """The entity whose canonical name or alias is *name* (KeyError if none)."""
        ent = self._by_key.get(fold_lower(" ".join(name.split())))
        if ent is None:
            raise KeyError(name)
        return ent

    def get(self, name: str) -> Entity | None:
        try:
            return self.entry(name)
        except KeyError:
            return None

    def __contains__(self, name: str) -> bool:
        return self.get(name) is not None

    def __len__(self) -> int:
        return len(self.entities)

    # ---------------------------------------------------------------- matching
    def find(self, text: str) -> list[Mention]:
        """All entity mentions in *text*: leftmost-longest, word-bounded."""
        folded = fold(text)
        lowered = fold_lower(text)
        cands: list[tuple[int, int, Entity | None]] = []
        if self._exact is not None:
            for end, (key, ent, _req) in self._exact.iter(folded):
                start = end - len(key) + 1
                if bounded(folded, start, end + 1):
                    cands.append((start, end + 1, ent))
        if self._loose is not None:
            for end, (key, ent, req) in self._loose.iter(lowered):
                start = end - len(key) + 1
                if not bounded(folded, start, end + 1):
                    continue
                if any(not folded[start + i].isupper() for i in req):
                    continue
                cands.append((start, end + 1, ent))
        cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        starts = {c[0] for c in cands}
        headline = None
        out: list[Mention] = []
        last = 0
        for start, end, ent in cands:
            if start < last:
                continue
            if ent is not None and "name_like" in ent.tags:  # "Michael Jordan" is not the country
                headline = looks_title_case(folded) if headline is None else headline
                if not headline and glued_to_name(folded, start, end, starts):
                    continue
            last = end
            if ent is not None:
                out.append(Mention(start, end, ent, text[start:end]))
        return out

    def count(self, text: str) -> Counter:
        """Mentions per canonical name."""
        return Counter(m.entity.name for m in self.find(text))

    def group(self, counts: Counter) -> dict[str, list[str]]:
        """Front-matter entities by kind (models.ENTITY_KINDS), most mentioned first then A-Z."""
        out: dict[str, list[str]] = {k: [] for k in KIND_OF_TYPE.values()}
        for name, _n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].lower(), kv[0])):
            ent = self.get(name)
            if ent is not None:
                out[ent.kind].append(ent.name)
        return out


def _nm(ent: Entity | None) -> str:
    return ent.name if ent else "(ignore list)"


def _automaton(keys: dict[str, tuple[Entity | None, tuple[int, ...]]]):
    if not keys:
        return None
    auto = ahocorasick.Automaton()
    for key, (ent, req) in keys.items():
        auto.add_word(key, (key, ent, req))
    auto.make_automaton()
    return auto


# ------------------------------------------------------------------ loading
def _str_list(value: Any, what: str, where: str, path: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        raise ContentError(f"{where}: {what} must be a list of strings", path=path)
    return tuple(str(v).strip() for v in value if str(v).strip())


def parse_gazetteer(data: Any, path: str = "<gazetteer>") -> Gazetteer:
    """Validate a loaded YAML mapping and build the Gazetteer."""
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        raise ContentError("gazetteer must be a mapping with an 'entities' list", path=path)
    ents: list[Entity] = []
    for i, item in enumerate(data["entities"], 1):
        where = f"entity #{i}"
        if not isinstance(item, dict):
            raise ContentError(f"{where} must be a mapping with name/type/description/aliases", path=path)
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ContentError(f"{where} has no name", path=path)
        where = f"entity #{i} ({name})"
        etype = str(item.get("type", "")).strip().lower()
        if etype not in ENTITY_TYPES:
            raise ContentError(f"{where}: type must be one of {', '.join(ENTITY_TYPES)}, not {etype!r}", path=path)
        desc = item.get("description") or ""
        if not isinstance(desc, str):
            raise ContentError(f"{where}: description must be text", path=path)
        tags = list(_str_list(item.get("tags"), "tags", where, path))
        if item.get("case_sensitive"):
            tags.append("case_sensitive")
        ents.append(Entity(
            name=" ".join(name.split()), type=etype, description=" ".join(desc.split()),
            aliases=_str_list(item.get("aliases"), "aliases", where, path),
            short=str(item.get("short") or "").strip(), tags=tuple(tags),
        ))
    ignore = _str_list(data.get("ignore"), "ignore", "top level", path)
    from .national import parse_national  # noqa: PLC0415 (national imports demonyms, which imports this module)
    return Gazetteer(ents, ignore=ignore, dates=_anchors(data.get("dates"), path), path=path,
                     national=parse_national(data.get("national"), path))


def _anchors(value: Any, path: str) -> tuple[DateAnchor, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ContentError("'dates' must be a list of {date, label, context}", path=path)
    out = []
    for i, item in enumerate(value, 1):
        where = f"dates #{i}"
        if not isinstance(item, dict):
            raise ContentError(f"{where} must be a mapping with date/label/context", path=path)
        d = item.get("date")
        if isinstance(d, str):
            try:
                d = _dt.date.fromisoformat(d)
            except ValueError:
                d = None
        if not isinstance(d, _dt.date):
            raise ContentError(f"{where}: date must be YYYY-MM-DD", path=path)
        label = str(item.get("label") or "").strip()
        if not label:
            raise ContentError(f"{where}: label is missing", path=path)
        ctx = tuple(c.lower() for c in _str_list(item.get("context"), "context", where, path))
        years = item.get("years", 3)
        if not isinstance(years, int) or isinstance(years, bool):
            raise ContentError(f"{where}: years must be a whole number", path=path)
        follow = tuple(c.lower() for c in _str_list(item.get("follow"), "follow", where, path))
        out.append(DateAnchor(d, label, ctx, years, follow))
    return tuple(out)


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_gazetteer(path: Path) -> Gazetteer:
    """Read and validate a gazetteer YAML file (ContentError on any problem)."""
    path = Path(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # safe loader (libyaml when present)
    except OSError as exc:
        raise ContentError(f"cannot read gazetteer: {exc.strerror or exc}", path=str(path)) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise ContentError(f"invalid YAML{where}: {getattr(exc, 'problem', None) or exc}", path=str(path)) from None
    return parse_gazetteer(data, str(path))


def entities_in(texts: Iterable[str], gazetteer: Gazetteer) -> Counter:
    """Mention counts over several texts."""
    total: Counter = Counter()
    for t in texts:
        total.update(gazetteer.count(t))
    return total
