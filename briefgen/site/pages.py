"""Render the site model into Markdown pages with Jinja templates.

``build_pages(cfg)`` is the plain entry point (no MkDocs needed): it returns
``{src_uri: markdown}`` for every generated page. Templates are ``*.md.j2``
files in ``cfg.templates_dir``; they get the data as variables and escape it
with the ``md`` (Markdown text) and ``h`` (HTML text) filters. Data is never
rendered as a template, so ``{{ 7*7 }}`` in an article stays literal.

Article bodies are not pasted into the Markdown: a placeholder
(``body_slot``) marks where the plugin inserts the body, rendered on its own
and sanitised, so a hand-edited body cannot break the page around it.
"""

from __future__ import annotations

import datetime as _dt
import functools
import json
import posixpath
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from ..config import Config
from ..markup import html_text, md_escape
from ..models import Article, BriefgenError
from ..slugs import is_safe
from . import archive, charts
from .model import (KIND_LABELS, SiteModel, build_model, fmt_date, fmt_partial, month_key, month_label,
                    newest_first)

# The default templates (the repo's templates/ folder, next to the package).
DEFAULT_TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
BODY_SLOT = '<div class="bg-body" data-bg-body="{slug}"></div>'
DATE_BASIS_TEXT = {
    "stated": "stated in the article",
    "inferred": "inferred",
    "given": "given when the article was ingested",
    "unknown": "not known",
}
EVIDENCE_LABELS = {"attributed_to": "cited sources", "title": "headline", "source": "outlet", "date": "date",
                   "body": "body", "published": "publication time"}


class TemplateFailure(BriefgenError):
    """A site template is missing or broken."""


@dataclass
class RenderedSite:
    pages: dict[str, str]  # src_uri -> Markdown
    model: SiteModel
    in_nav: list[str] = field(default_factory=list)  # src_uris that belong in the nav


def _yaml_str(text: str) -> str:
    """A YAML scalar holding *text* HTML-escaped (themes print page titles unescaped)."""
    return json.dumps(html_text(text), ensure_ascii=False)


def _anchor(ident: str) -> str:
    """An attr_list id for a heading; *ident* must be slug-safe."""
    if not is_safe(ident):
        raise TemplateFailure(f"not a safe anchor id: {ident!r}")
    return "{#" + ident + "}"


def make_env(templates_dir: Path) -> jinja2.Environment:
    """The Jinja environment for ``*.md.j2``: autoescape off (Markdown), StrictUndefined.

    Templates are looked up in *templates_dir* first, then in the default templates.
    """
    dirs = [Path(templates_dir)]
    if DEFAULT_TEMPLATES.is_dir() and DEFAULT_TEMPLATES.resolve() != Path(templates_dir).resolve():
        dirs.append(DEFAULT_TEMPLATES)  # a templates_dir may override only some templates
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in dirs]),
        autoescape=False,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        md=_md,
        h=html_text,
        date=fmt_date,
        partial_date=fmt_partial,
        month=month_label,
        yaml_str=_yaml_str,
        score=lambda x: f"{float(x):.2f}".rstrip("0").rstrip("."),
    )
    env.filters["code"] = lambda x: f"<code>{md_escape(x)}</code>"
    env.globals.update(KIND_LABELS=KIND_LABELS, DATE_BASIS_TEXT=DATE_BASIS_TEXT, EVIDENCE_LABELS=EVIDENCE_LABELS, anchor=_anchor)
    return env


@functools.lru_cache(maxsize=65536)
def _relpath(path: str, from_dir: str) -> str:
    return posixpath.relpath(path, from_dir or ".")


@functools.lru_cache(maxsize=65536)
def _md_cached(text: str) -> str:
    return md_escape(text)


def _md(text: Any) -> str:
    """``md_escape`` with a cache: titles, names and outlets repeat on many pages."""
    return _md_cached(text) if isinstance(text, str) else md_escape(text)


class _Ctx:
    """Helpers a template on one page uses to build links relative to that page.

    Links are memoised per page folder: the same title/entity link is written
    on many pages (and many times on one page), so each is built once.
    """

    def __init__(self, model: SiteModel, src_uri: str, links: dict[tuple[str, str, str], str] | None = None):
        self.m = model
        self.src_uri = src_uri
        self.dir = posixpath.dirname(src_uri)
        depth = src_uri.count("/")
        self.base = "../" * depth
        self._links = {} if links is None else links  # shared by every page of one render

    def url(self, path: str) -> str:
        return _relpath(path, self.dir)

    def article_url(self, a: Article | str) -> str:
        slug = a if isinstance(a, str) else a.slug
        return self.url(f"articles/{slug}.md")

    def theme_url(self, theme_id: str) -> str:
        return self.url(f"themes/{theme_id}.md")

    def entity_link(self, name: str) -> str:
        """``[name](entities/slug.md)`` when the entity has a page, else the escaped name."""
        key = ("e", self.dir, name)
        out = self._links.get(key)
        if out is None:
            slug = self.m.entity_slug(name)
            out = _md(name) if slug is None else f"[{_md(name)}]({self.url(f'entities/{slug}.md')})"
            self._links[key] = out
        return out

    def article_link(self, slug: str) -> str:
        key = ("a", self.dir, slug)
        out = self._links.get(key)
        if out is None:
            a = self.m.by_slug[slug]
            out = self._links[key] = f"[{_md(a.title)}]({self.article_url(a)})"
        return out

    def theme_link(self, theme_id: str) -> str:
        t = self.m.theme(theme_id)
        return f"[{_md(t.name if t else theme_id)}]({self.theme_url(theme_id)})"

    def body_slot(self, a: Article) -> str:
        return BODY_SLOT.format(slug=a.slug)


def _theme_chart_rows(model: SiteModel, theme_ids: list[str]) -> tuple[list[tuple[str, dict[str, int]]], list[str]]:
    dated = [a for a in model.articles if a.date]
    keys, unit = charts.period_keys(sorted({a.date.isoformat()[:7] for a in dated}))
    rows = []
    for tid in theme_ids:
        counts: Counter[str] = Counter()
        for a in model.theme_articles.get(tid, []):
            if a.date:
                counts[a.date.isoformat()[:7] if unit == "month" else str(a.date.year)] += 1
        t = model.theme(tid)
        rows.append((t.name if t else tid, dict(counts)))
    return rows, keys


def theme_chart(model: SiteModel, theme_ids: list[str], uid: str, title: str) -> str:
    rows, keys = _theme_chart_rows(model, theme_ids)
    return charts.bar_rows(uid, title, rows, keys)


def entity_graph(model: SiteModel, uid: str, top: int = 15) -> str:
    ranked = sorted(model.entities.values(), key=lambda e: (-len(e.slugs), e.name.casefold(), e.name))[:top]
    nodes = sorted(((e.name, len(e.slugs)) for e in ranked), key=lambda x: (x[0].casefold(), x[0]))
    names = {n for n, _ in nodes}
    edges = []
    for e in ranked:
        for other, c in e.co:
            if other in names and e.name < other:  # each pair once
                edges.append((e.name, other, c))
    edges.sort()
    return charts.cooccurrence_graph(uid, f"The {len(nodes)} most mentioned entities and how often they are named together",
                                     nodes, edges)


def key_figures(articles: list[Article], n: int) -> list[tuple[Any, Article]]:
    out = []
    for a in articles:
        for k in a.key_figures:
            out.append((k, a))
            if len(out) >= n:
                return out
    return out


def group_by_month(articles: list[Article]) -> list[tuple[str, list[Article]]]:
    """Articles oldest month first; undated last as "date unknown"."""
    groups: dict[str, list[Article]] = {}
    for a in sorted(articles, key=lambda a: (a.date is None, a.date or _dt.date.min, a.title.casefold(), a.slug)):
        groups.setdefault(a.date.isoformat()[:7] if a.date else "", []).append(a)
    return [(k, v) for k, v in groups.items()]


def group_events(events: list[Any]) -> list[tuple[str, list[Any]]]:
    groups: dict[str, list[Any]] = {}
    for e in events:
        groups.setdefault(month_key(e.date), []).append(e)
    return list(groups.items())


def _render(env: jinja2.Environment, name: str, **ctx: Any) -> str:
    try:
        return env.get_template(name).render(**ctx)
    except jinja2.TemplateNotFound as exc:
        where = ", ".join(env.loader.searchpath)  # type: ignore[attr-defined]
        raise TemplateFailure(f"template {exc.name!r} not found in {where}") from None
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateFailure(f"line {exc.lineno}: {exc.message}", path=exc.filename or name) from None
    except jinja2.TemplateError as exc:
        raise TemplateFailure(f"cannot render: {exc}", path=name) from None


def render_site(model: SiteModel, templates_dir: Path) -> RenderedSite:
    """Every generated page of the site as Markdown."""
    env = make_env(templates_dir)
    pages: dict[str, str] = {}
    links: dict[tuple[str, str, str], str] = {}
    common = dict(
        m=model,
        theme_chart=theme_chart,
        entity_graph=entity_graph,
        key_figures=key_figures,
        group_by_month=group_by_month,
        group_events=group_events,
        newest_first=newest_first,
        fmt_date=fmt_date,
    )

    # Long lists get one archive page per year (see archive.py): {owner page: [Period]}.
    archives: dict[str, list[archive.Period]] = {}
    lists = {f"themes/{t.id}.md": model.theme_articles[t.id] for t in model.themes}
    lists["other.md"] = model.unthemed
    for uri, arts in lists.items():
        if len(arts) > archive.LIST_MAX:
            archives[uri] = archive.periods(uri[:-3], arts)
    if len(model.articles) > archive.TIMELINE_MAX:
        archives["timeline.md"] = archive.periods("timeline", model.articles)
    common.update(archives=archives, latest=archive.LATEST, group_newest=archive.group_newest)

    def page(src_uri: str, template: str, **ctx: Any) -> None:
        pages[src_uri] = _render(env, template, c=_Ctx(model, src_uri, links), **common, **ctx)

    def year_pages(owner: str, title: str, arts: list[Article], template: str = "archive.md.j2") -> None:
        groups = dict(archive.by_year(arts))
        for p in archives.get(owner, []):
            page(p.uri, template, owner=owner, owner_title=title, period=p, periods=archives[owner],
                 articles=groups[p.key], events=archive.events_of_year(model.events, p.key))

    page("index.md", "home.md.j2")
    page("themes/index.md", "themes.md.j2")
    for t in model.themes:
        page(f"themes/{t.id}.md", "theme.md.j2", theme=t, articles=model.theme_articles[t.id])
        year_pages(f"themes/{t.id}.md", t.name, model.theme_articles[t.id])
    for a in model.articles:
        page(f"articles/{a.slug}.md", "article.md.j2", a=a)
    page("entities/index.md", "entities.md.j2")
    for e in model.entities.values():
        page(f"entities/{e.slug}.md", "entity.md.j2", e=e)
    page("timeline.md", "timeline.md.j2")
    year_pages("timeline.md", "Timeline", model.articles, "timeline_year.md.j2")
    page("other.md", "other.md.j2", articles=model.unthemed)
    year_pages("other.md", "Other coverage", model.unthemed)
    page("print.md", "print.md.j2")
    in_nav = ["index.md", "themes/index.md", *[f"themes/{t.id}.md" for t in model.themes],
              "timeline.md", "entities/index.md", "other.md", "print.md"]
    return RenderedSite(pages=dict(sorted(pages.items())), model=model, in_nav=in_nav)


def load_site(cfg: Config) -> RenderedSite:
    model = build_model(cfg.content_dir, cfg.taxonomy, cfg.gazetteer, cfg.related_count)
    return render_site(model, cfg.templates_dir)


def build_pages(cfg: Config) -> dict[str, str]:
    """``{src_uri: markdown}`` for every page the site generates from ``cfg.content_dir``."""
    return load_site(cfg).pages
