"""Site pieces without MkDocs: build_pages, escaping, sanitising, charts, dates, nav, templates."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "site"))
import sitekit  # noqa: E402

from briefgen.config import Config
from briefgen.site import build_pages, load_site
from briefgen.site.body import sanitize
from briefgen.site.charts import bar_rows, cooccurrence_graph, period_keys
from briefgen.site.model import fmt_date, fmt_partial
from briefgen.site.nav import build_nav
from briefgen.site.pages import TemplateFailure

REPO = sitekit.REPO


def _cfg(**kw) -> Config:
    return Config(content_dir=sitekit.FIXTURE_CONTENT, templates_dir=REPO / "templates", **kw)


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return build_pages(_cfg())


def test_build_pages_gives_every_page(pages):
    slugs = sorted(p.stem for p in sitekit.FIXTURE_CONTENT.glob("*.md"))
    assert {f"articles/{s}.md" for s in slugs} <= pages.keys()
    for name in ("index.md", "themes/index.md", "timeline.md", "other.md", "print.md", "entities/index.md"):
        assert name in pages
    assert list(pages) == sorted(pages)
    for s in slugs:
        assert f'data-bg-body="{s}"' in pages[f"articles/{s}.md"]
        assert f'data-bg-body="{s}"' in pages["print.md"]


def test_build_pages_is_deterministic(pages):
    assert build_pages(_cfg()) == pages


def test_article_text_never_becomes_markup(pages):
    for uri, text in pages.items():
        body = text.split("\n---\n", 1)[-1]
        body = re.sub(r'<div class="bg-chart">.*</div>', "", body)  # raw SVG: Markdown never parses it
        assert "<script" not in body, uri
        assert not re.search(r"(?<!\\)\]\(javascript:", body), uri
        assert "<img src=x" not in body and "<b>Evil" not in body, uri
    hostile = pages["articles/hostile-script-article.md"]
    assert "# &lt;script&gt;alert(1)&lt;/script&gt; \\{\\{ 7\\*7 \\}\\}" in hostile
    assert 'title: "&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }} [x](javascript:alert(1))"' in hostile
    assert hostile.count("\\{\\{ 7\\*7 \\}\\}") >= 3  # title, summary, entity: literal, never 49


def test_unthemed_and_undated(pages):
    assert "beirut-port-reopens-to-cruise-ships.md" in pages["other.md"]
    assert "beirut-port-reopens-to-cruise-ships" not in "".join(pages[f"themes/{t}.md"] for t in ("lebanon-front",))
    assert "date unknown" in pages["articles/undated-analysis-of-the-axis.md"]
    tl = pages["timeline.md"]
    assert tl.index("### June 2024") < tl.index("### February 2025") < tl.index("### Date unknown")


def test_theme_page_lists_articles_newest_first(pages):
    text = pages["themes/lebanon-front.md"]
    order = [text.index(s) for s in ("hezbollah-sends-2000-fighters-to-syria", "hezbollah-beginning-to-crack",
                                     "hezbollah-signals-readiness", "thousands-of-iranian-backed")]
    assert order == sorted(order)
    assert "<svg" in text and "<title" in text


def test_site_model_cross_links():
    site = load_site(_cfg())
    m = site.model
    assert [a.slug for a in m.unthemed] == ["beirut-port-reopens-to-cruise-ships"]
    assert all(r.slug != s for s, rel in m.related.items() for r in rel)
    hez = next(e for e in m.entities.values() if e.name == "Hezbollah")
    assert len(hez.slugs) >= 7 and hez.co
    assert len({e.slug for e in m.entities.values()}) == len(m.entities)
    assert len(site.in_nav) < 15


def test_dates_have_one_format():
    assert fmt_date(dt.date(2024, 6, 24)) == "24 June 2024"
    assert fmt_date(None) == "date unknown"
    assert fmt_partial("2024-09", "month") == "September 2024"
    assert fmt_partial("2013", "year") == "2013"
    assert fmt_partial("2024-09-27", "day") == "27 September 2024"


def test_sanitize_keeps_structure_and_drops_active_content():
    html = ('<h2 id="x">Sub</h2><p onclick="a()">t <a href="javascript:alert(1)">j</a> '
            '<a href="../themes/t.html">ok</a> <a href="#x">in</a></p><script>alert(1)</script>'
            '<figure class="bg-figure evil"><figcaption>c <span class="bg-credit x">cr</span></figcaption></figure>'
            '<iframe src="https://e"></iframe><img src=x onerror=alert(1)><div style="position:fixed">d</div>')
    out = sanitize(html)
    assert "script" not in out and "javascript" not in out and "onclick" not in out and "onerror" not in out
    assert "<iframe" not in out and "<img" not in out and "style" not in out
    assert '<figure class="bg-figure"><figcaption>c <span class="bg-credit">cr</span>' in out
    assert '<h2 id="body-x">' in out and 'href="#body-x"' in out
    moved = sanitize(html, id_prefix="s-", from_dir="articles", to_dir="", shift=2)
    assert '<h4 id="s-x">' in moved and 'href="themes/t.html"' in moved and 'href="#s-x"' in moved


def test_charts_are_accessible_and_stable():
    keys, unit = period_keys(["2024-06", "2024-09"])
    assert keys == ["2024-06", "2024-07", "2024-08", "2024-09"] and unit == "month"
    assert period_keys(["2010-01", "2024-01"])[1] == "year"
    svg = bar_rows("c1", "Articles per theme", [("A <b>", {"2024-06": 2}), ("B", {"2024-09": 1})], keys)
    assert svg.startswith("<svg") and '<title id="c1-t">' in svg and "June 2024: 2" in svg
    assert "A &lt;b&gt;" in svg and "<b>" not in svg
    assert svg == bar_rows("c1", "Articles per theme", [("A <b>", {"2024-06": 2}), ("B", {"2024-09": 1})], keys)
    g = cooccurrence_graph("g", "Graph", [("<script>", 3), ("B", 2)], [("<script>", "B", 2)])
    assert "<script>" not in g and "&lt;script&gt; and B (2)" in g
    assert bar_rows("x", "t", [], []) == "" and cooccurrence_graph("x", "t", [], []) == ""


def test_nav_stays_small():
    class T:
        def __init__(self, i):
            self.id, self.name = f"t{i}", f"Theme <{i}>"

    nav = build_nav([T(i) for i in range(5)])
    assert [list(x)[0] for x in nav] == ["Home", "Themes", "Timeline", "Entities", "Other coverage", "Print"]
    assert {"Theme &lt;0&gt;": "themes/t0.md"} in nav[1]["Themes"]


def test_templates_dir_may_override_one_template(tmp_path):
    tdir = tmp_path / "templates"
    tdir.mkdir()
    (tdir / "other.md.j2").write_text("# Elsewhere\n\n{{ articles|length }} stories.\n", encoding="utf-8")
    pages = build_pages(Config(content_dir=sitekit.FIXTURE_CONTENT, templates_dir=tdir))
    assert pages["other.md"] == "# Elsewhere\n\n1 stories.\n"
    assert "# Briefing" in pages["index.md"]  # the rest come from the default templates


def test_broken_template_names_file_and_line(tmp_path):
    tdir = tmp_path / "templates"
    tdir.mkdir()
    (tdir / "other.md.j2").write_text("# Other\n\n{{ no_such_variable }}\n", encoding="utf-8")
    with pytest.raises(TemplateFailure, match="no_such_variable"):
        build_pages(Config(content_dir=sitekit.FIXTURE_CONTENT, templates_dir=tdir))
    (tdir / "other.md.j2").write_text("# Other\n\n{% for %}\n", encoding="utf-8")
    with pytest.raises(TemplateFailure, match=r"other\.md\.j2: line 3"):
        build_pages(Config(content_dir=sitekit.FIXTURE_CONTENT, templates_dir=tdir))


def test_serve_watches_content_templates_and_data(tmp_path):
    from briefgen.site.plugin import BriefgenPlugin

    class Server:
        def __init__(self):
            self.watched = []

        def watch(self, path):
            self.watched.append(path)

    plugin = BriefgenPlugin()
    plugin.cfg = _cfg()
    server = Server()
    plugin.on_serve(server, config=None, builder=None)
    c = plugin.cfg
    assert server.watched == [str(c.content_dir), str(c.templates_dir), str(c.taxonomy), str(c.gazetteer)]


def test_page_titles_survive_yaml_and_html():
    import yaml

    from briefgen.site.pages import _yaml_str

    title = 'Emoji \U0001F600 \u0644\u0628\u0646\u0627\u0646 "q" </title><script>x</script> a: b # c \u2028 d'
    got = yaml.safe_load("title: " + _yaml_str(title))["title"]
    assert "\U0001F600" in got and "\u0644\u0628\u0646\u0627\u0646" in got
    assert "<" not in got and "&lt;/title&gt;&lt;script&gt;" in got and "\u2028" not in got


def test_other_names_get_pages_and_are_listed(tmp_path):
    """The fourth entity kind ("other": resolutions, agreements, operations...) is a first-class group."""
    content = tmp_path / "content"
    shutil.copytree(sitekit.FIXTURE_CONTENT, content)
    f = content / "hezbollah-signals-readiness-for-cease-fire-talks.md"
    text = f.read_text(encoding="utf-8")
    assert "  places:\n  - Lebanon\n" in text
    f.write_text(text.replace("  places:\n  - Lebanon\n", "  places:\n  - Lebanon\n  other:\n  - Resolution 1701\n", 1),
                 encoding="utf-8")
    out = build_pages(Config(content_dir=content, templates_dir=REPO / "templates"))
    art = out["articles/hezbollah-signals-readiness-for-cease-fire-talks.md"]
    assert re.search(r"\*\*Other names:\*\* \[Resolution 1701\]\([./]*entities/resolution-1701\.md\)", art), art
    page = out["entities/resolution-1701.md"]
    assert "Other name · mentioned in 1 article" in page
    assert "## Other names" in out["entities/index.md"]
    assert "**Other names:** " in out["themes/lebanon-front.md"] and "Resolution 1701" in out["themes/lebanon-front.md"]
