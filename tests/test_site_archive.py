"""Long lists are split into yearly archive pages; every article stays two clicks from home."""

from __future__ import annotations

import posixpath
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_site_scale import make_corpus  # noqa: E402

from briefgen.config import Config
from briefgen.site import archive
from briefgen.site.pages import load_site

LINK_RE = re.compile(r"\]\(([^)\s]+)\)")


def _targets(pages: dict[str, str], uri: str) -> set[str]:
    """Pages (src_uri) that page *uri* links to."""
    base = posixpath.dirname(uri)
    return {posixpath.normpath(posixpath.join(base, href.split("#")[0]))
            for href in LINK_RE.findall(pages[uri]) if href.split("#")[0] and "://" not in href}


def test_big_lists_get_year_pages_and_stay_two_clicks_from_home(tmp_path: Path):
    n = archive.TIMELINE_MAX + 20
    make_corpus(tmp_path / "content", n)
    site = load_site(Config(content_dir=tmp_path / "content"))
    pages, m = site.pages, site.model
    for t in m.themes:
        arts = m.theme_articles[t.id]
        assert len(arts) > archive.LIST_MAX
        text = pages[f"themes/{t.id}.md"]
        # the newest LATEST with summaries, then links to every year page
        assert text.count("    Summary of story") == archive.LATEST
        years = sorted(u for u in pages if u.startswith(f"themes/{t.id}/"))
        assert years and all(f"{t.id}/{Path(y).name}" in text for y in years)
        listed = "".join(pages[y] for y in years)
        assert all(f"articles/{a.slug}.md" in listed for a in arts)
        assert "search:\n  exclude: true" in pages[years[0]]
    # the timeline splits too; each year page holds its articles and events
    assert any(u.startswith("timeline/") for u in pages)
    tl_years = "".join(v for u, v in pages.items() if u.startswith("timeline/"))
    assert all(f"articles/{a.slug}.md" in tl_years for a in m.articles)
    assert all(f"(timeline/{Path(u).name})" in pages["timeline.md"] for u in pages if u.startswith("timeline/"))
    # two clicks: home -> (theme page | theme year page | other page) -> article
    one = _targets(pages, "index.md")
    two = set().union(*(_targets(pages, u) for u in one if u in pages))
    assert {f"articles/{a.slug}.md" for a in m.articles} <= one | two
    assert not any(u.startswith(("themes/", "timeline/")) and u.count("/") > 1 for u in site.in_nav)


def test_year_grouping_is_newest_first_and_undated_last():
    class A:
        def __init__(self, y):
            import datetime as dt
            self.date = dt.date(y, 1, 1) if y else None

    groups = archive.by_year([A(2025), A(2024), A(2024), A(None), A(2023)])
    assert [k for k, _ in groups] == ["2025", "2024", "2023", "undated"]
    assert [len(v) for _, v in groups] == [1, 2, 1, 1]
