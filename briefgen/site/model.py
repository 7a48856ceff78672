"""The site model: every article plus the corpus-wide cross-links the pages show.

Built once per build from ``content/`` and the taxonomy/gazetteer, through the
analyze API (``related_articles``, ``merge_events``, ``entity_index``). Every
list here has a fixed order (newest first, then title, then slug), so two
builds of the same content render byte-identical pages.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..content import load_all
from ..models import ENTITY_KINDS, KIND_LABELS, KIND_OF_TYPE, Article, ContentError
from ..slugs import is_safe, make_slug, unique

MONTHS = ("January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December")
_LINK_RE = re.compile(r"\]\(\s*(?:\.\./articles/|\./)?([a-z0-9-]+)\.md(?:#[^)\s]*)?\s*\)")


def fmt_date(d: _dt.date | None) -> str:
    """One date format everywhere: "24 June 2024"; missing -> "date unknown"."""
    if d is None:
        return "date unknown"
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def fmt_partial(iso: str, precision: str = "day") -> str:
    """An event date of day/month/year precision, in the same style as fmt_date."""
    try:
        parts = [int(p) for p in str(iso).split("-")]
    except ValueError:
        return str(iso) or "date unknown"
    if precision == "year" or len(parts) == 1:
        return str(parts[0])
    if precision == "month" or len(parts) == 2:
        return f"{MONTHS[parts[1] - 1]} {parts[0]}"
    try:
        return fmt_date(_dt.date(*parts[:3]))
    except ValueError:
        return str(iso)


def month_key(iso: str) -> str:
    """"2024-09-27" / "2024-09" -> "2024-09"; a bare year -> "2024"."""
    return str(iso)[:7]


def month_label(key: str) -> str:
    if len(key) == 7:
        return f"{MONTHS[int(key[5:7]) - 1]} {key[:4]}"
    return key or "date unknown"


def newest_first(a: Article) -> tuple:
    """Sort key: newest first, undated last, then title and slug (stable, total)."""
    return (a.date is None, -(a.date.toordinal() if a.date else 0), a.title.casefold(), a.slug)


@dataclass
class ThemeInfo:
    id: str
    name: str
    description: str


@dataclass
class EntityInfo:
    name: str
    slug: str
    kind: str  # one of models.ENTITY_KINDS
    description: str
    slugs: list[str]  # articles that mention it, newest first
    co: list[tuple[str, int]]  # most often named with it: (name, count), strongest first
    known: bool = True  # False: named only by hand-edited front matter, not in the gazetteer


@dataclass
class Backlink:
    slug: str
    shared: list[str]  # entity names shared with the article
    links_here: bool  # its body links to the article


@dataclass
class SiteModel:
    articles: list[Article]  # newest first
    by_slug: dict[str, Article]
    themes: list[ThemeInfo]  # taxonomy order
    theme_articles: dict[str, list[Article]]
    unthemed: list[Article]
    related: dict[str, list[Any]]  # slug -> [Related(slug, score, shared, reason)]
    backlinks: dict[str, list[Backlink]]
    events: list[Any]  # [MergedEvent(date, precision, label, slugs)] in date order
    entities: dict[str, EntityInfo]  # name -> info, sorted by name
    extra: dict[str, Any] = field(default_factory=dict)

    def theme(self, theme_id: str) -> ThemeInfo | None:
        return next((t for t in self.themes if t.id == theme_id), None)

    def entity_slug(self, name: str) -> str | None:
        info = self.entities.get(name)
        return info.slug if info else None

    def events_for(self, slugs: Any) -> list[Any]:
        wanted = set(slugs)
        return [e for e in self.events if wanted.intersection(e.slugs)]

    def top_entities(self, articles: list[Article], kind: str, n: int = 8) -> list[tuple[str, int]]:
        counts: Counter[str] = Counter()
        for a in articles:
            counts.update(set(a.entities.get(kind, [])))
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold(), kv[0]))[:n]


# ------------------------------------------------------------------ analyze glue
def _analyze():
    from .. import analyze  # lazy: the site works on stored content only

    return analyze


def load_taxonomy(path: Path) -> list[ThemeInfo]:
    tax = _analyze().load_taxonomy(path)
    for t in tax.themes:
        if not is_safe(t.id):
            raise ContentError(f"theme id {t.id!r} must be lowercase letters, digits and hyphens", path=str(path))
    return [ThemeInfo(id=t.id, name=t.name, description=getattr(t, "description", "") or "") for t in tax.themes]


def _entity_index(articles: list[Article], gazetteer_path: Path, by_slug: dict[str, Article]) -> dict[str, EntityInfo]:
    an = _analyze()
    gaz = an.load_gazetteer(gazetteer_path)
    index = an.entity_index(articles, gaz)
    kinds: dict[str, str] = {}
    for a in articles:  # the kind the article front matter gives, first one wins
        for kind in ENTITY_KINDS:
            for n in a.entities.get(kind, []):
                kinds.setdefault(n, kind)
    taken: set[str] = {"index"}
    out: dict[str, EntityInfo] = {}
    for name in sorted(index, key=lambda n: (n.casefold(), n)):
        rec = index[name]
        kind = getattr(rec, "kind", "") or KIND_OF_TYPE.get(getattr(rec, "type", ""), "")
        if kind not in KIND_LABELS:
            kind = kinds.get(name, "organizations")
        slugs = sorted({s for s in rec.slugs if s in by_slug}, key=lambda s: newest_first(by_slug[s]))
        co = sorted(((str(n), int(c)) for n, c in rec.cooccurring), key=lambda kv: (-kv[1], kv[0].casefold(), kv[0]))
        out[name] = EntityInfo(
            name=name,
            slug=unique(make_slug(name, fallback="entity"), taken),
            kind=kind,
            description=rec.description or "",
            slugs=slugs,
            co=co,
            known=bool(getattr(rec, "known", True)),
        )
    return out


def _backlinks(articles: list[Article], limit: int, related: dict[str, list[Any]]) -> dict[str, list[Backlink]]:
    """Articles whose body links to each article, then articles sharing its most specific entities.

    Candidates come from the rarest shared entities first (sharing a rare name says more than
    sharing "Lebanon"), so the cost stays linear in the corpus size; related articles are skipped.
    """
    ents = {a.slug: set(a.all_entities()) for a in articles}
    order = {a.slug: i for i, a in enumerate(articles)}  # articles are newest first
    postings: dict[str, list[str]] = {}
    for a in articles:
        for n in sorted(ents[a.slug]):
            postings.setdefault(n, []).append(a.slug)
    links: dict[str, set[str]] = {a.slug: set() for a in articles}
    for a in articles:
        for target in _LINK_RE.findall(a.body):
            if target in links and target != a.slug:
                links[target].add(a.slug)
    out: dict[str, list[Backlink]] = {}
    pool = 3 * limit
    for a in articles:
        skip = {r.slug for r in related.get(a.slug, [])} | {a.slug}
        cands: list[str] = sorted(links[a.slug], key=order.__getitem__)
        seen = set(cands)
        for name in sorted(ents[a.slug], key=lambda n: (len(postings[n]), n)):
            if len(cands) >= pool:
                break
            for other in postings[name]:
                if other not in seen and other not in skip:
                    seen.add(other)
                    cands.append(other)
                    if len(cands) >= pool:
                        break
        found = []
        for b in cands:
            shared = sorted(ents[a.slug] & ents[b], key=lambda n: (n.casefold(), n))
            found.append(Backlink(b, shared, b in links[a.slug]))
        found.sort(key=lambda x: (not x.links_here, -len(x.shared), order[x.slug]))
        out[a.slug] = found[:limit]
    return out


def _safe_slugs(articles: list[Article]) -> None:
    """Page names must be URL- and anchor-safe: a hand-named file ("My Story.md") gets a slug."""
    taken = {a.slug for a in articles if is_safe(a.slug)}
    for a in sorted(articles, key=lambda a: a.slug):
        if not is_safe(a.slug):
            a.slug = unique(make_slug(a.slug, fallback=a.title or "article"), taken)


def build_model(content_dir: Path, taxonomy: Path, gazetteer: Path, related_count: int = 5) -> SiteModel:
    """Load and cross-link everything; raise ContentError listing every bad file."""
    themes = load_taxonomy(taxonomy)
    ids = [t.id for t in themes]
    articles, errors = load_all(content_dir, ids)
    if errors:
        n = len(errors)
        raise ContentError(f"{n} content file{'s' if n != 1 else ''} cannot be read:\n"
                           + "\n".join(f"  {e}" for e in errors))
    _safe_slugs(articles)
    articles.sort(key=newest_first)
    by_slug = {a.slug: a for a in articles}
    theme_articles = {t: [a for a in articles if t in a.themes] for t in ids}
    unthemed = [a for a in articles if not a.themes]
    an = _analyze()
    related = an.related_articles(articles, related_count) if articles else {}
    related = {s: [r for r in related.get(s, []) if r.slug in by_slug and r.slug != s] for s in by_slug}
    events = sorted(an.merge_events(articles) if articles else [],
                    key=lambda e: (str(e.date), str(e.label).casefold(), str(e.label)))
    entities = _entity_index(articles, gazetteer, by_slug) if articles else {}
    return SiteModel(
        articles=articles,
        by_slug=by_slug,
        themes=themes,
        theme_articles=theme_articles,
        unthemed=unthemed,
        related=related,
        backlinks=_backlinks(articles, 10, related),
        events=events,
        entities=entities,
    )
