"""The briefing site: a MkDocs plugin that renders content/ with Jinja templates.

``build_pages(cfg)`` gives the generated Markdown without MkDocs (for tests
and tools); ``briefgen.site.plugin.BriefgenPlugin`` is the MkDocs entry point.
"""

from .pages import build_pages, load_site

__all__ = ["build_pages", "load_site"]
