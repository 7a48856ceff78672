"""Bounded listings: long article lists are split into one archive page per year.

A theme (or "Other coverage") page with more than ``LIST_MAX`` articles shows
the newest ``LATEST`` with their summaries and links to one page per year
(``themes/<id>/<year>.md``) that lists every article of that year, grouped by
month, one line each. The timeline splits the same way above
``TIMELINE_MAX`` articles (``timeline/<year>.md``: that year's articles and
events). The home page links the year pages too, so every article stays two
clicks from home, and no page grows with the whole corpus. Small sites keep
their single pages unchanged. Archive pages are never in the nav.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..models import Article

LATEST = 20  # newest articles shown (with summaries) above the year links
LIST_MAX = 60  # a theme / other-coverage list longer than this gets year pages
TIMELINE_MAX = 300  # the timeline gets year pages above this many articles
UNDATED = "undated"


@dataclass(frozen=True)
class Period:
    """One archive page: its key ("2024" or "undated"), label, page and article count."""

    key: str
    label: str
    uri: str
    count: int


def year_of(a: Article) -> str:
    return str(a.date.year) if a.date else UNDATED


def by_year(articles: list[Article]) -> list[tuple[str, list[Article]]]:
    """*articles* (newest first) grouped by year, newest year first, undated last; order kept."""
    groups: dict[str, list[Article]] = {}
    for a in articles:
        groups.setdefault(year_of(a), []).append(a)
    return sorted(groups.items(), key=lambda kv: (kv[0] == UNDATED, 0 if kv[0] == UNDATED else -int(kv[0])))


def group_newest(articles: list[Article]) -> list[tuple[str, list[Article]]]:
    """*articles* (newest first) grouped by month ("YYYY-MM", "" when undated), order kept."""
    groups: dict[str, list[Article]] = {}
    for a in articles:
        groups.setdefault(a.date.isoformat()[:7] if a.date else "", []).append(a)
    return list(groups.items())


def label(key: str) -> str:
    return "Date unknown" if key == UNDATED else key


def periods(folder: str, articles: list[Article]) -> list[Period]:
    """The year pages under *folder* for *articles*: newest year first, undated last."""
    return [Period(k, label(k), f"{folder}/{k}.md", len(arts)) for k, arts in by_year(articles)]


def events_of_year(events: list[Any], key: str) -> list[Any]:
    return [e for e in events if str(e.date)[:4] == key] if key != UNDATED else []
