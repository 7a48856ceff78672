"""The site navigation: a handful of entries, whatever the size of the corpus.

Material renders the whole nav into every page, so articles and entities are
never in it (they are reached from the theme, entity and timeline pages).
"""

from __future__ import annotations

from html import escape
from typing import Any


def build_nav(themes: list[Any]) -> list[Any]:
    """Home, Themes (one entry per theme), Timeline, Entities, Other coverage, Print."""
    theme_entries: list[Any] = ["themes/index.md"]
    theme_entries += [{escape(t.name, quote=True): f"themes/{t.id}.md"} for t in themes]
    return [
        {"Home": "index.md"},
        {"Themes": theme_entries},
        {"Timeline": "timeline.md"},
        {"Entities": "entities/index.md"},
        {"Other coverage": "other.md"},
        {"Print": "print.md"},
    ]
