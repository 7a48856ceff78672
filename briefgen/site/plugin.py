"""The MkDocs plugin: ``plugins: [briefgen]`` builds the briefing from content/.

* on_config: resolve paths, set the small nav (Home, Themes, Timeline,
  Entities, Other coverage, Print) unless mkdocs.yml has one, add the CSS.
* on_files also publishes every file of briefgen/assets/ under assets/.
* on_pre_build: load content/, cross-link, render the templates (before
  MkDocs empties site/, so bad content leaves the last good site in place).
* on_files: add every page as a virtual file (articles, entities and the
  yearly archive pages of long lists are "not in nav").
* on_pre_page: page dates come from the content, so sitemap.xml(.gz) is
  byte-identical between builds.
* on_page_content: insert the sanitised article bodies.
* on_serve: watch content, templates, taxonomy and gazetteer.

Bad content fails the build with one line per bad file naming the field.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config as BaseConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel

from ..config import Config
from ..models import BriefgenError
from .body import BodyRenderer
from .nav import build_nav
from .pages import DEFAULT_TEMPLATES, RenderedSite, load_site

log = logging.getLogger("mkdocs.plugins.briefgen")
ASSETS = Path(__file__).resolve().parent.parent / "assets"
CSS = "assets/css/briefgen.css"  # every file under briefgen/assets/ is published under assets/


def packaged_assets() -> list[tuple[str, Path]]:
    """(site uri, file) of every packaged asset, sorted."""
    return [("assets/" + p.relative_to(ASSETS).as_posix(), p)
            for p in sorted(ASSETS.rglob("*")) if p.is_file() and "__pycache__" not in p.parts]


class BriefgenPluginConfig(BaseConfig):
    content_dir = c.Type(str, default="content")
    templates_dir = c.Type(str, default="templates")
    taxonomy = c.Optional(c.Type(str))
    gazetteer = c.Optional(c.Type(str))
    related_count = c.Type(int, default=5)


class BriefgenPlugin(BasePlugin[BriefgenPluginConfig]):
    """Generate the briefing pages from content/ at build time."""

    def __init__(self) -> None:
        self.cfg: Config | None = None
        self.site: RenderedSite | None = None
        self.bodies: BodyRenderer | None = None
        self._dates: dict[str, str] = {}

    # ------------------------------------------------------------ config
    def _resolve(self, value: str | None, root: Path, default: Path) -> Path:
        if not value:
            return default
        p = Path(value).expanduser()
        return p if p.is_absolute() else (root / p).resolve()

    def on_config(self, config):
        root = Path(config.config_file_path or ".").resolve().parent
        base = Config()
        self.cfg = Config(
            # `briefgen serve --content DIR` passes its folder through the environment.
            content_dir=self._resolve(os.environ.get("BRIEFGEN_CONTENT_DIR") or self.config.content_dir,
                                      root, base.content_dir),
            templates_dir=self._resolve(self.config.templates_dir, root, base.templates_dir),
            taxonomy=self._resolve(self.config.taxonomy, root, base.taxonomy),
            gazetteer=self._resolve(self.config.gazetteer, root, base.gazetteer),
            related_count=self.config.related_count,
        )
        if not self.cfg.templates_dir.is_dir() and not DEFAULT_TEMPLATES.is_dir():
            raise PluginError(f"briefgen: templates_dir {self.cfg.templates_dir} is not a folder")
        if config.nav is None:
            from .model import load_taxonomy

            try:
                themes = load_taxonomy(self.cfg.taxonomy)
            except (BriefgenError, OSError) as exc:
                raise PluginError(f"briefgen: {exc}") from None
            config.nav = build_nav(themes)
        if CSS not in config.extra_css:
            config.extra_css.append(CSS)
        return config

    # ------------------------------------------------------------ pages
    def on_pre_build(self, *, config) -> None:
        # Load before MkDocs cleans site/: bad content fails the build and keeps the last good site.
        assert self.cfg is not None
        try:
            self.site = load_site(self.cfg)
        except BriefgenError as exc:
            raise PluginError(f"briefgen: {exc}") from None

    def on_files(self, files: Files, *, config) -> Files:
        if self.site is None:
            self.on_pre_build(config=config)
        assert self.site is not None
        nav_pages = set(self.site.in_nav)
        for uri, text in self.site.pages.items():
            if files.get_file_from_path(uri) is not None:
                log.info("briefgen: docs/%s is hand-written; the generated page is not used", uri)
                continue
            inclusion = InclusionLevel.INCLUDED if uri in nav_pages else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, uri, content=text, inclusion=inclusion))
        for uri, path in packaged_assets():
            if files.get_file_from_path(uri) is None:
                files.append(File.generated(config, uri, abs_src_path=str(path)))
        m = self.site.model
        newest = max((a.date for a in m.articles if a.date), default=None)
        default = newest.isoformat() if newest else "1970-01-01"
        self._dates = {f"articles/{a.slug}.md": (a.date.isoformat() if a.date else default) for a in m.articles}
        self._dates[""] = default
        self.bodies = BodyRenderer(config, files, {a.slug: a.body for a in m.articles})
        return files

    def on_pre_page(self, page, *, config, files):
        # The sitemap's <lastmod> and its .gz mtime come from these: content dates, not "today".
        page.update_date = self._dates.get(page.file.src_uri, self._dates.get("", "1970-01-01"))
        return page

    @event_priority(50)  # before other plugins read the content (search, offline)
    def on_page_content(self, html, *, page, config, files):
        if page.file.src_uri == "print.md":  # its table of contents: themes only, not every article
            for item in page.toc:
                item.children = []
        if self.bodies is None:
            return html
        return self.bodies.fill(html, page.file.src_uri)

    # ------------------------------------------------------------ serve
    def on_serve(self, server, *, config, builder):
        if self.cfg is None:
            return server
        for p in (self.cfg.content_dir, self.cfg.templates_dir, self.cfg.taxonomy, self.cfg.gazetteer):
            if p.exists():
                server.watch(str(p))
        return server
