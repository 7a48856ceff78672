"""Strict MkDocs builds of the fixture content: pages, links, escaping, determinism, bad content."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "site"))
import sitekit  # noqa: E402

SLUGS = sorted(p.stem for p in sitekit.FIXTURE_CONTENT.glob("*.md"))


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("site-a")
    cfg = sitekit.write_config(tmp, sitekit.FIXTURE_CONTENT)
    res = sitekit.mkdocs_build(cfg)
    assert res.returncode == 0, res.stderr
    return tmp / "site"


def _themes() -> list[str]:
    from briefgen.config import Config
    from briefgen.site.model import load_taxonomy

    return [t.id for t in load_taxonomy(Config().taxonomy)]


def test_every_page_is_built(built: Path):
    for name in ("index.html", "timeline.html", "other.html", "print.html", "entities/index.html", "themes/index.html",
                 "sitemap.xml", "assets/css/briefgen.css"):
        assert (built / name).is_file(), name
    for tid in _themes():
        assert (built / "themes" / f"{tid}.html").is_file()
    assert sorted(p.stem for p in (built / "articles").glob("*.html")) == SLUGS
    assert len(list((built / "entities").glob("*.html"))) > 10


def test_every_internal_link_and_anchor_resolves(built: Path):
    pages = sorted(built.rglob("*.html"))
    ids = {p.resolve(): sitekit.parse_html(p).ids for p in pages}
    broken = []
    for page in pages:
        for target, frag in sitekit.local_targets(page, sitekit.parse_html(page).hrefs):
            if not target.exists():
                broken.append(f"{page.relative_to(built)} -> {target}")
            elif frag and target.suffix == ".html" and frag not in ids.get(target, set()):
                broken.append(f"{page.relative_to(built)} -> {target.name}#{frag}")
    assert not broken, broken[:10]


def _article_links(page: Path) -> set[str]:
    return {t.stem for t, _ in sitekit.local_targets(page, sitekit.parse_html(page).hrefs)
            if t.parent.name == "articles" and t.suffix == ".html"}


def test_every_article_is_two_clicks_from_home(built: Path):
    home = built / "index.html"
    hubs = [t for t, _ in sitekit.local_targets(home, sitekit.parse_html(home).hrefs)
            if t.suffix == ".html" and t.parent.name != "articles"]
    assert (built / "other.html").resolve() in hubs
    for tid in _themes():
        assert (built / "themes" / f"{tid}.html").resolve() in hubs
    reached = _article_links(home)
    for hub in set(hubs):
        reached |= _article_links(hub)
    assert reached == set(SLUGS)
    # the unthemed article is on "Other coverage", and only there among hubs
    assert "beirut-port-reopens-to-cruise-ships" in _article_links(built / "other.html")


def test_nav_is_small_and_has_no_articles(built: Path):
    page = built / "articles" / SLUGS[0]
    links = sitekit.nav_links(page.with_suffix(".html"))
    assert 6 <= len(links) < 30
    assert not any("articles/" in a or "entities/" in a and "index" not in a for a in links)


def test_hostile_text_is_inert(built: Path):
    for page in sorted(built.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        p = sitekit.parse_html(page)
        for src in p.scripts:
            assert "alert(" not in src, page
        for tag, attrs in p.tags:
            for k, v in attrs.items():
                assert not k.startswith("on"), (page, tag, k)
                assert not (v or "").strip().lower().startswith("javascript:"), (page, tag, k, v)
            assert tag not in ("iframe", "object", "embed"), (page, tag)
        assert "<img src=x" not in html and "<b>Evil" not in html
    index = (built / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "<script" not in index and "<img src=x" not in index and "\\u003cscript" not in index.lower()
    art = (built / "articles" / "hostile-script-article.html").read_text(encoding="utf-8")
    assert "{{ 7*7 }}" in art and "{% if true %}jinja{% endif %}" in art
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in art  # shown as text
    assert re.search(r"<title>&lt;script&gt;alert\(1\)&lt;/script&gt; \{\{ 7\*7 \}\}", art)
    assert "[x](javascript:alert(1))" in art  # the link syntax is shown literally
    assert 'href="beirut-port-reopens-to-cruise-ships.html"' in art  # a body link still works


def test_article_page_content(built: Path):
    html = (built / "articles" / "hezbollah-beginning-to-crack-wave-of-desertions.html").read_text(encoding="utf-8")
    assert "27 October 2024" in html and "inferred" in html and "photo caption dated" in html
    assert "The Jerusalem Post" in html and "Elaph" in html
    assert '<figure class="bg-figure"><figcaption>' in html and '<span class="bg-credit">IBRAHIM AMRO' in html
    assert 'href="../themes/lebanon-front.html"' in html and "score 8" in html
    assert re.search(r'href="\.\./entities/[a-z0-9-]+\.html"', html)
    for section in ("Key figures", "Events", "Related articles", "Provenance"):
        assert f">{section}</h2>" in html
    assert "000_0bdce7d5685dd7e2.txt" in html and "mirror/000_copy.txt" in html
    undated = (built / "articles" / "undated-analysis-of-the-axis.html").read_text(encoding="utf-8")
    assert "date unknown" in undated


def test_print_page_has_every_article_in_full(built: Path):
    html = (built / "print.html").read_text(encoding="utf-8")
    for slug in SLUGS:
        assert html.count(f'id="a-{slug}"') == 1, slug
    assert "Those defecting, according to the source" in html  # a body, in full
    assert html.count('class="bg-body"') == len(SLUGS)
    order = [html.index(f'id="theme-{t}"') for t in _themes()]
    assert order == sorted(order)


def test_two_builds_are_byte_identical(built: Path, tmp_path: Path):
    cfg = sitekit.write_config(tmp_path, sitekit.FIXTURE_CONTENT, site_dir=tmp_path / "other-site")
    res = sitekit.mkdocs_build(cfg)
    assert res.returncode == 0, res.stderr
    a, b = sitekit.tree_digest(built), sitekit.tree_digest(tmp_path / "other-site")
    assert a.keys() == b.keys()
    assert [k for k in a if a[k] != b[k]] == []


BAD = {
    "title": ("title: Hezbollah signals readiness for cease-fire talks with Israel\n", "title: ''\n"),
    "themes": ("- lebanon-front\ntheme_scores", "- no-such-theme\ntheme_scores"),
    "date": ("date: 2024-10-05\n", "date: 5th of Octember\n"),
}


@pytest.mark.parametrize("field", sorted(BAD))
def test_bad_front_matter_fails_naming_file_and_field(tmp_path: Path, field: str):
    content = tmp_path / "content"
    shutil.copytree(sitekit.FIXTURE_CONTENT, content)
    bad = content / "hezbollah-signals-readiness-for-cease-fire-talks.md"
    old, new = BAD[field]
    text = bad.read_text(encoding="utf-8")
    assert old in text
    bad.write_text(text.replace(old, new, 1), encoding="utf-8")
    res = sitekit.mkdocs_build(sitekit.write_config(tmp_path, content))
    assert res.returncode != 0
    err = res.stderr
    assert "hezbollah-signals-readiness-for-cease-fire-talks.md" in err, err
    assert f"'{field}'" in err, err
    assert not (tmp_path / "site" / "index.html").exists()


def test_bad_content_keeps_the_last_good_site(tmp_path: Path):
    content = tmp_path / "content"
    shutil.copytree(sitekit.FIXTURE_CONTENT, content)
    cfg = sitekit.write_config(tmp_path, content)
    assert sitekit.mkdocs_build(cfg).returncode == 0
    (content / "zz-broken.md").write_text("---\ntitle: [unclosed\n---\n\nBody.\n", encoding="utf-8")
    res = sitekit.mkdocs_build(cfg)
    assert res.returncode != 0 and "zz-broken.md" in res.stderr and "YAML" in res.stderr
    assert (tmp_path / "site" / "index.html").is_file()  # not wiped by the failed build
